import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, ownerApi, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { GalleryManager } from './gallery-manager.js';
import '../foyer-provider/define.js';
import './define.js';

async function managerOf(f: PhotographerFixture): Promise<GalleryManager> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" server=${f.api} workspace=${f.workspace} persist="none"><gallery-manager></gallery-manager></foyer-provider>
  `);
  provider.token = f.owner.token;
  const manager = provider.querySelector('gallery-manager')!;
  await shown(manager, '[part~="tree"]');
  return manager;
}

/** The tree as the owner reads it: each gallery's title, indented by its depth. */
const treeOf = (m: GalleryManager) =>
  allWithin(m, '.tree-title').map((t) => {
    let depth = 0;
    for (let list = t.closest('ul')?.parentElement?.closest('ul'); list; list = list.parentElement?.closest('ul') ?? null) depth++;
    return `${'  '.repeat(depth)}${t.textContent}`;
  });
const choose = async (m: GalleryManager, title: string) => {
  const button = allWithin<HTMLButtonElement>(m, '[part~="tree-item"]').find((b) => b.querySelector('.tree-title')?.textContent === title)!;
  button.click();
  await shown(m, '#settings-heading', `Settings of “${title}”`);
  await shown(m, '[part~="items"], [part~="empty"]');
};
const said = (m: GalleryManager, sentence: string | RegExp) => shown(m, '[part~="message"]', sentence);
const dialog = (m: GalleryManager) => within<HTMLDialogElement>(m, '#gallery-dialog');
const serverGallery = async (f: PhotographerFixture, title: string) => (await ownerApi(f).galleries.list.query({ workspace: f.workspace })).find((g) => g.title === title);

describe('gallery-manager', () => {
  it('shows the studio’s galleries as their tree, and the first one chosen with its pictures', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    expect(treeOf(m)).to.deep.equal(['Wedding', '  Ceremony', '  Reception', 'Portfolio', '  Landscapes', 'Private']);
    expect(textOf(m, '#settings-heading')).to.equal('Settings of “Wedding”');
    await shown(m, '[part~="items"]');
    expect(allWithin(m, '[part~="caption"]').map((c) => c.textContent)).to.deep.equal(['Wedding 1', 'Wedding 2']);
    await expect(m).to.be.accessible();
  });

  it('creates a gallery and a sub-gallery in it, each chosen as it appears', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    within<HTMLButtonElement>(m, '#new-gallery').click();
    await waitUntil(() => dialog(m).open, 'the dialog opens');
    await typeInto(within(m, '#new-gallery-title'), 'Engagement');
    within<HTMLButtonElement>(m, '#gallery-dialog button[type="submit"]').click();
    await said(m, '“Engagement” is created.');
    expect(textOf(m, '#settings-heading')).to.equal('Settings of “Engagement”');

    allWithin<HTMLButtonElement>(m, '.tree-panel button')
      .find((b) => b.textContent?.includes('New gallery in “Engagement”'))!
      .click();
    await waitUntil(() => dialog(m).open, 'the dialog opens again');
    await typeInto(within(m, '#new-gallery-title'), 'Beach shoot');
    within<HTMLButtonElement>(m, '#gallery-dialog button[type="submit"]').click();
    await said(m, '“Beach shoot” is created.');
    expect(treeOf(m).slice(-2)).to.deep.equal(['Engagement', '  Beach shoot']);
    const beach = await serverGallery(f, 'Beach shoot');
    expect(beach?.parentId).to.equal((await serverGallery(f, 'Engagement'))?.id);
  });

  it('says in a sentence what navigation opens, before and after saving, and an access’s reach follows', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    await choose(m, 'Portfolio');
    expect(textOf(m, '[part~="navigation-sentence"]')).to.equal('Off: “Portfolio” and its sub-galleries “Landscapes” each open only for the clients they are added to.');
    const box = within<HTMLInputElement>(m, 'input[name="allowNavigation"]');
    box.click();
    await shown(
      m,
      '[part~="navigation-sentence"]',
      'On: a client who may open “Portfolio” also opens its sub-galleries “Landscapes”, and a client of one of them can come up to “Portfolio”.',
    );
    // Nothing is changed until it is saved.
    expect((await serverGallery(f, 'Portfolio'))?.allowNavigation).to.equal(false);
    await retype(within(m, '#gallery-title'), 'Portfolio 2026');
    within<HTMLButtonElement>(m, 'form.settings button[type="submit"]').click();
    await said(m, '“Portfolio 2026” is saved.');
    expect(await serverGallery(f, 'Portfolio 2026')).to.include({ allowNavigation: true });

    // The Landscapes client now reaches Portfolio too, and is told why.
    const detail = await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.landscapes.id });
    expect(detail.reach.map((r) => [r.title, r.reason, r.via?.title ?? null])).to.deep.include.members([['Portfolio 2026', 'navigation', 'Landscapes']]);
  });

  it('moves a gallery into another, reorders it among its siblings, and refuses what the server refuses', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    await choose(m, 'Private');
    const parent = within<HTMLSelectElement>(m, '#gallery-parent');
    parent.value = f.galleries.wedding;
    parent.dispatchEvent(new Event('change'));
    await said(m, '“Private” is now inside “Wedding”.');
    expect(treeOf(m)).to.deep.equal(['Wedding', '  Ceremony', '  Reception', '  Private', 'Portfolio', '  Landscapes']);
    allWithin<HTMLButtonElement>(m, '.placement button')
      .find((b) => b.textContent?.trim() === 'Move up')!
      .click();
    await said(m, '“Private” moved up.');
    expect(treeOf(m).slice(0, 4)).to.deep.equal(['Wedding', '  Ceremony', '  Private', '  Reception']);
    // A gallery cannot go below itself: the chooser does not offer it.
    await choose(m, 'Wedding');
    const offered = allWithin<HTMLOptionElement>(m, '#gallery-parent option').map((o) => o.textContent!.trim());
    expect(offered).to.deep.equal(['Top level', 'Portfolio', 'Landscapes']);
  });

  it('sets and removes a password, and makes a picture the cover', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    await choose(m, 'Ceremony');
    await typeInto(within(m, '#gallery-password'), 'rings-2026');
    within<HTMLButtonElement>(m, 'form.settings button[type="submit"]').click();
    await said(m, '“Ceremony” is saved.');
    expect((await serverGallery(f, 'Ceremony'))?.hasPassword).to.equal(true);
    allWithin<HTMLButtonElement>(m, 'form.settings button')
      .find((b) => b.textContent?.trim() === 'Remove the password')!
      .click();
    await said(m, /“Ceremony” has no password now/);
    expect((await serverGallery(f, 'Ceremony'))?.hasPassword).to.equal(false);

    const [first, second] = allWithin<HTMLButtonElement>(m, '[part~="cover-button"]');
    expect(first!.getAttribute('aria-pressed')).to.equal('true');
    second!.click();
    await said(m, '“Ceremony 2” is the cover of “Ceremony”.');
    const items = await ownerApi(f).galleries.items.query({ workspace: f.workspace, galleryId: f.galleries.ceremony });
    expect((await serverGallery(f, 'Ceremony'))?.coverItemId).to.equal(items[1]!.id);
    expect(allWithin(m, '[part~="cover-button"]').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
  });

  it('asks before deleting, naming what goes, and will not delete a gallery that still holds others', async () => {
    const f = await photographerFixture();
    const m = await managerOf(f);
    within<HTMLButtonElement>(m, '.placement button.danger').click();
    await waitUntil(() => dialog(m).open, 'the confirmation opens');
    expect(textOf(m, '#gallery-dialog-body')).to.equal('It still holds 2 sub-galleries: move or delete them first.');
    expect(dialog(m).querySelector('button.danger')).to.equal(null);
    within<HTMLButtonElement>(m, '#gallery-dialog button.cancel').click();
    await waitUntil(() => !dialog(m).open, 'the confirmation closes');

    await choose(m, 'Private');
    within<HTMLButtonElement>(m, '.placement button.danger').click();
    await waitUntil(() => dialog(m).open, 'the confirmation opens again');
    expect(textOf(m, '#gallery-dialog-heading')).to.equal('Delete the gallery “Private”?');
    expect(textOf(m, '#gallery-dialog-body')).to.equal('Its 2 pictures go with it, and every client access stops opening it. This cannot be undone.');
    await expect(m).to.be.accessible();
    within<HTMLButtonElement>(m, '#gallery-dialog button.danger').click();
    await said(m, '“Private” is deleted.');
    expect(treeOf(m)).to.not.include('Private');
    expect(await serverGallery(f, 'Private')).to.equal(undefined);

    await choose(m, 'Reception');
    within<HTMLButtonElement>(m, 'button[aria-label="Delete Reception 1"]').click();
    await waitUntil(() => dialog(m).open, 'the picture’s confirmation opens');
    expect(textOf(m, '#gallery-dialog-body')).to.equal('The picture Reception 1.svg leaves “Reception” and every client’s view of it. This cannot be undone.');
    within<HTMLButtonElement>(m, '#gallery-dialog button.danger').click();
    await said(m, '“Reception 1” is deleted.');
    expect(allWithin(m, '[part~="caption"]').map((c) => c.textContent)).to.deep.equal(['Reception 2']);
  });
});
