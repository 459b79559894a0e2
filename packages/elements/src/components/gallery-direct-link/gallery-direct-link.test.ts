import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerGalleryOpenEvent } from '../../events/foyer-gallery-open-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, deepActiveElement, ownerApi, press, retype, shown, textOf, within } from '../../test-support/interaction.js';
import type { GalleryPasswordPrompt } from '../gallery-password-prompt/gallery-password-prompt.js';
import type { GalleryDirectLink } from './gallery-direct-link.js';
import '../foyer-provider/define.js';
import './define.js';

async function linkPage(f: PhotographerFixture, gallery: string | undefined) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
      ${gallery === undefined ? html`<gallery-direct-link gallery-from-url></gallery-direct-link>` : html`<gallery-direct-link gallery=${gallery}></gallery-direct-link>`}
    </foyer-provider>
  `);
  const link = provider.querySelector('gallery-direct-link')!;
  return { provider, link };
}

async function promptOf(link: GalleryDirectLink): Promise<GalleryPasswordPrompt> {
  const prompt = await shown<GalleryPasswordPrompt>(link, 'gallery-password-prompt');
  await prompt.updateComplete;
  return prompt;
}

async function givePassword(prompt: GalleryPasswordPrompt, password: string): Promise<void> {
  await retype(within<HTMLInputElement>(prompt, 'input[type="password"]'), password);
  await press('Enter');
}

/** Wedding gets a password of its own: Reception below it and Wedding each ask once. */
async function guardWedding(f: PhotographerFixture): Promise<string> {
  const password = 'wedding-pw-2026';
  await ownerApi(f).galleries.update.mutate({ workspace: f.workspace, galleryId: f.galleries.wedding, password });
  return password;
}

/** Shows the gallery, and fails if a password prompt came first. */
async function shownWithoutAsking(link: GalleryDirectLink, title: string): Promise<void> {
  let asked = false;
  const watch = new MutationObserver(() => {
    if (link.shadowRoot!.querySelector('gallery-password-prompt')) asked = true;
  });
  watch.observe(link.shadowRoot!, { childList: true, subtree: true });
  try {
    await waitUntil(() => asked || textOf(link, '#gallery-heading') === title, `the gallery ${title} never opened`, { timeout: 8000 });
  } finally {
    watch.disconnect();
  }
  expect(asked, `${title} asked for its password again`).to.equal(false);
}

function goUp(link: GalleryDirectLink): void {
  within(link, '[part="up"]').click();
}

function openCard(link: GalleryDirectLink, title: string): void {
  const card = allWithin<HTMLButtonElement>(link, '[part="card"]').find((c) => c.querySelector('[part="title"]')?.textContent === title);
  if (!card) throw new Error(`<gallery-direct-link> shows no card for ${title}`);
  card.click();
}

function pictureNames(link: GalleryDirectLink): string[] {
  return allWithin<HTMLImageElement>(link, '[part="items"] img').map((img) => img.alt);
}

describe('gallery-direct-link', () => {
  it('asks for the Private gallery’s password, refuses a wrong one, and opens with the right one', async () => {
    const f = await photographerFixture();
    const { provider, link } = await linkPage(f, f.galleries.private);
    const prompt = await promptOf(link);
    expect(textOf(prompt, '[part="heading"]')).to.equal('Private');
    expect(textOf(link, '[part="studio"]')).to.equal('Studio Lindqvist');
    const field = within<HTMLInputElement>(prompt, 'input');
    expect(within(prompt, `label[for="${field.id}"]`).textContent).to.equal('Gallery password');
    await expect(link).to.be.accessible();

    await givePassword(prompt, 'not-the-password');
    await shown(prompt, '[role="alert"]', 'The password is not correct.');
    expect(provider.token).to.equal(null);
    expect(link.shadowRoot!.querySelector('[part="items"]')).to.equal(null);
    await expect(link).to.be.accessible();

    const opened = oneEvent<FoyerGalleryOpenEvent>(link, 'foyer-gallery-open');
    await givePassword(prompt, f.passwords.private);
    expect((await opened).galleryId).to.equal(f.galleries.private);
    await shown(link, '#gallery-heading', 'Private');
    expect(pictureNames(link)).to.deep.equal(['Private 1', 'Private 2']);
    expect(link.shadowRoot!.querySelector('gallery-password-prompt')).to.equal(null);
    expect(provider.token).to.be.a('string');
    await expect(link).to.be.accessible();
  });

  it('a gallery without a password opens at once; its sub-gallery with a password asks for it, then leads back up', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, f.galleries.wedding);
    await shown(link, '#gallery-heading', 'Wedding');
    expect(pictureNames(link)).to.deep.equal(['Wedding 1', 'Wedding 2']);
    expect(allWithin(link, '[part="card"] [part="title"]').map((t) => t.textContent)).to.deep.equal(['Ceremony', 'Reception']);
    expect(link.shadowRoot!.querySelector('[part="back"]')).to.equal(null);
    await expect(link).to.be.accessible();

    const reception = allWithin<HTMLButtonElement>(link, '[part="card"]')[1]!;
    reception.focus();
    await press('Enter');
    const prompt = await promptOf(link);
    expect(textOf(prompt, '[part="heading"]')).to.equal('Reception');
    await waitUntil(() => deepActiveElement() === within(prompt, 'input'), 'focus did not move to the password field');
    await givePassword(prompt, f.passwords.reception);
    await shown(link, '#gallery-heading', 'Reception');
    expect(pictureNames(link)).to.deep.equal(['Reception 1', 'Reception 2']);
    expect(deepActiveElement()).to.equal(within(link, '#gallery-heading'));

    within(link, '[part="up"]').click();
    await shown(link, '#gallery-heading', 'Wedding');
    expect(link.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
  });

  it('a visitor of the link opens a picture large in the lightbox, moves on with the arrow keys and leaves with Escape', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, f.galleries.wedding);
    await shown(link, '#gallery-heading', 'Wedding');
    const [opener] = allWithin<HTMLButtonElement>(link, 'button[part~="item-link"]');
    opener!.click();
    await shown(link, '[part~="lightbox-count"]', 'Picture 1 of 2');
    expect(within<HTMLDialogElement>(link, 'dialog[part~="lightbox"]').open).to.equal(true);
    await press('ArrowRight');
    await shown(link, '[part~="lightbox-caption"]', 'Wedding 2');
    await press('Escape');
    await waitUntil(() => !within<HTMLDialogElement>(link, 'dialog[part~="lightbox"]').open, 'Escape closes the lightbox');
    await waitUntil(() => deepActiveElement() === opener, 'focus is back on the picture', { timeout: 3000 });
  });

  it('a sub-gallery whose parent forbids navigation has no way up', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, f.galleries.landscapes);
    await shown(link, '#gallery-heading', 'Landscapes');
    expect(link.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
    expect(link.shadowRoot!.querySelector('[part="cards"]')).to.equal(null);
  });

  it('with gallery-from-url, opens the gallery the page address names', async () => {
    const f = await photographerFixture();
    const before = location.href;
    const url = new URL(location.href);
    url.searchParams.set('gallery', f.galleries.ceremony);
    history.replaceState(null, '', url);
    try {
      const { link } = await linkPage(f, undefined);
      await shown(link, '#gallery-heading', 'Ceremony');
      expect(textOf(link, '[part="up"]')).to.contain('Up to Wedding');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a gallery that does not exist says so', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, '00000000-0000-4000-8000-000000000000');
    await shown(link, '[role="alert"]', 'This gallery does not exist or is no longer shared.');
    await expect(link).to.be.accessible();
  });

  it('asks for each password of a gallery tree once: a gallery unlocked before opens again without asking', async () => {
    const f = await photographerFixture();
    const weddingPassword = await guardWedding(f);
    const { provider, link } = await linkPage(f, f.galleries.reception);
    await givePassword(await promptOf(link), f.passwords.reception);
    await shown(link, '#gallery-heading', 'Reception');
    const token = provider.token;
    expect(token).to.be.a('string');

    goUp(link);
    const prompt = await promptOf(link);
    expect(textOf(prompt, '[part="heading"]')).to.equal('Wedding');
    await givePassword(prompt, weddingPassword);
    await shown(link, '#gallery-heading', 'Wedding');
    // Unlocking Wedding added it to the session that already held Reception.
    expect(provider.token).to.equal(token);

    openCard(link, 'Reception');
    await shownWithoutAsking(link, 'Reception');
    goUp(link);
    await shownWithoutAsking(link, 'Wedding');
    await expect(link).to.be.accessible();
  });

  it('after a reload, the session the provider kept opens every gallery it unlocked without asking', async () => {
    const f = await photographerFixture();
    const weddingPassword = await guardWedding(f);
    const storageKey = `direct-link-${f.workspace}`;
    const page = (gallery: string) =>
      fixture<FoyerProvider>(html`
        <foyer-provider server=${f.api} workspace=${f.workspace} storage-key=${storageKey}>
          <gallery-direct-link gallery=${gallery}></gallery-direct-link>
        </foyer-provider>
      `);
    try {
      const before = await page(f.galleries.reception);
      const first = before.querySelector('gallery-direct-link')!;
      await givePassword(await promptOf(first), f.passwords.reception);
      await shown(first, '#gallery-heading', 'Reception');
      goUp(first);
      await givePassword(await promptOf(first), weddingPassword);
      await shown(first, '#gallery-heading', 'Wedding');
      const token = before.token;
      before.remove();

      // As a reload: a new provider and link find the session in this tab's storage.
      const after = await page(f.galleries.reception);
      expect(after.token).to.equal(token);
      const link = after.querySelector('gallery-direct-link')!;
      await shownWithoutAsking(link, 'Reception');
      goUp(link);
      await shownWithoutAsking(link, 'Wedding');
    } finally {
      for (const key of Object.keys(sessionStorage)) if (key.endsWith(`:${storageKey}`)) sessionStorage.removeItem(key);
    }
  });
});
