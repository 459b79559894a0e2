import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerGalleryOpenEvent } from '../../events/foyer-gallery-open-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ClientAccessLogin } from '../client-access-login/client-access-login.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, deepActiveElement, ownerApi, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { GalleryOverview } from './gallery-overview.js';
import '../foyer-provider/define.js';
import '../client-access-login/define.js';
import './define.js';

interface ClientPage {
  provider: FoyerProvider;
  login: ClientAccessLogin;
  overview: GalleryOverview;
}

function pageParts(root: Element): ClientPage {
  return {
    provider: (root.localName === 'foyer-provider' ? root : root.querySelector('foyer-provider')) as FoyerProvider,
    login: root.querySelector('client-access-login')!,
    overview: root.querySelector('gallery-overview')!,
  };
}

/** The page a photographer builds: a provider holding the login and the overview. */
async function clientPage(f: PhotographerFixture, persist: 'none' | 'session' = 'none'): Promise<ClientPage> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist=${persist}>
      <client-access-login></client-access-login>
      <gallery-overview></gallery-overview>
    </foyer-provider>
  `);
  const page = pageParts(provider);
  await page.login.updateComplete;
  return page;
}

/** Types the code into the login and waits for the overview's cards (or its empty message). */
async function signIn(page: ClientPage, code: string): Promise<void> {
  await typeInto(within(page.login, 'input'), code);
  await press('Enter');
  await shown(page.overview, '#overview-heading');
}

function cardTitles(host: Element, list = '.cards'): string[] {
  return allWithin(host, `${list} [part="title"]`).map((t) => t.textContent!.trim());
}

function card(host: Element, title: string): HTMLButtonElement {
  const found = allWithin<HTMLButtonElement>(host, '[part="card"]').find((c) => c.querySelector('[part="title"]')!.textContent!.trim() === title);
  if (!found) throw new Error(`no card titled ${title}`);
  return found;
}

async function openedGallery(overview: GalleryOverview, title: string): Promise<void> {
  await shown(overview, '#gallery-heading', title);
}

describe('gallery-overview', () => {
  it('a correct code shows the galleries shared with the client, with their counts', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    expect(page.overview.shadowRoot!.textContent!.trim()).to.equal('');
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');
    expect(textOf(page.overview, '#overview-heading')).to.equal('Galleries for Wedding');
    expect(textOf(page.overview, '[part="studio"]')).to.equal('Studio Lindqvist');
    expect(cardTitles(page.overview)).to.deep.equal(['Wedding']);
    expect(within(page.overview, '.cards').localName).to.equal('ul');
    expect(card(page.overview, 'Wedding').querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('2 pictures · 2 sub-galleries');
    expect(card(page.overview, 'Wedding').querySelector('img')).to.not.equal(null);
    await expect(page.overview).to.be.accessible();
  });

  it('opening Wedding shows its pictures and its sub-galleries, and Reception opens without its password', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');

    const opened = oneEvent<FoyerGalleryOpenEvent>(page.overview, 'foyer-gallery-open');
    card(page.overview, 'Wedding').click();
    expect((await opened).galleryId).to.equal(f.galleries.wedding);
    await openedGallery(page.overview, 'Wedding');
    expect(deepActiveElement()).to.equal(within(page.overview, '#gallery-heading'));
    const pictures = allWithin<HTMLImageElement>(page.overview, '[part="items"] img');
    expect(pictures.map((p) => p.alt)).to.deep.equal(['Wedding 1', 'Wedding 2']);
    expect(pictures[0]!.src).to.match(/^http:\/\/127\.0\.0\.1:\d+\/api\/files\//);
    expect(cardTitles(page.overview, '[part="gallery"] .cards')).to.deep.equal(['Ceremony', 'Reception']);
    expect(page.overview.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
    expect(textOf(page.overview, '[part="back"]')).to.contain('All galleries');
    await expect(page.overview).to.be.accessible();

    card(page.overview, 'Reception').click();
    await openedGallery(page.overview, 'Reception');
    expect(allWithin<HTMLImageElement>(page.overview, '[part="items"] img').map((p) => p.alt)).to.deep.equal(['Reception 1', 'Reception 2']);
    expect(page.overview.shadowRoot!.querySelector('gallery-password-prompt, input[type="password"]')).to.equal(null);
    expect(textOf(page.overview, '[part="up"]')).to.contain('Up to Wedding');
  });

  it('a picture opens large in a lightbox: arrows, Home and a swipe move, Escape closes and focus goes back; captions are titles', async () => {
    const f = await photographerFixture();
    const owner = ownerApi(f);
    const [first] = await owner.galleries.items.query({ workspace: f.workspace, galleryId: f.galleries.wedding });
    await owner.galleries.updateItem.mutate({ workspace: f.workspace, itemId: first!.id, title: 'The first look' });
    const page = await clientPage(f);
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');
    card(page.overview, 'Wedding').click();
    await openedGallery(page.overview, 'Wedding');
    expect(allWithin(page.overview, '[part~="item-name"]').map((n) => n.textContent?.trim())).to.deep.equal(['The first look', 'Wedding 2']);
    const [opener] = allWithin<HTMLButtonElement>(page.overview, 'button[part~="item-link"]');
    // Pictures keep their own shape: nothing crops them to a square.
    expect(getComputedStyle(within(page.overview, '[part~="thumbnail"]')).objectFit).to.not.equal('cover');

    opener!.click();
    const dialog = await shown<HTMLDialogElement>(page.overview, 'dialog[part~="lightbox"] [part~="lightbox-image"]').then(() =>
      within<HTMLDialogElement>(page.overview, 'dialog[part~="lightbox"]'),
    );
    expect(dialog.open).to.equal(true);
    const count = () => textOf(page.overview, '[part~="lightbox-count"]');
    expect(count()).to.equal('Picture 1 of 2');
    expect(textOf(page.overview, '[part~="lightbox-caption"]')).to.equal('The first look');
    expect(deepActiveElement()).to.equal(within(page.overview, '[part~="lightbox-close"]'));
    await expect(page.overview).to.be.accessible();

    await press('ArrowRight');
    await waitUntil(() => count() === 'Picture 2 of 2', 'the next picture shows');
    expect(textOf(page.overview, '[part~="lightbox-caption"]')).to.equal('Wedding 2');
    await press('ArrowRight');
    await page.overview.updateComplete;
    expect(count()).to.equal('Picture 2 of 2');
    await press('Home');
    await waitUntil(() => count() === 'Picture 1 of 2', 'Home goes to the first');
    // A finger moving from right to left turns to the next picture.
    dialog.dispatchEvent(new PointerEvent('pointerdown', { clientX: 300, bubbles: true }));
    dialog.dispatchEvent(new PointerEvent('pointerup', { clientX: 120, bubbles: true }));
    await waitUntil(() => count() === 'Picture 2 of 2', 'the swipe turns the picture');
    dialog.dispatchEvent(new PointerEvent('pointerdown', { clientX: 100, bubbles: true }));
    dialog.dispatchEvent(new PointerEvent('pointerup', { clientX: 130, bubbles: true }));
    await page.overview.updateComplete;
    expect(count(), 'a short touch is no swipe').to.equal('Picture 2 of 2');

    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape closes the lightbox');
    await waitUntil(() => deepActiveElement() === opener, 'focus is back on the picture it opened from', { timeout: 3000 });
  });

  it('cards open with the keyboard; Ceremony leads up to Wedding, and back returns to the cards', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');

    card(page.overview, 'Wedding').focus();
    await press('Enter');
    await openedGallery(page.overview, 'Wedding');
    card(page.overview, 'Ceremony').focus();
    await press('Space');
    await openedGallery(page.overview, 'Ceremony');
    expect(textOf(page.overview, '[part="up"]')).to.equal('↑ Up to Wedding');
    await expect(page.overview).to.be.accessible();

    within(page.overview, '[part="up"]').focus();
    await press('Enter');
    await openedGallery(page.overview, 'Wedding');
    expect(deepActiveElement()).to.equal(within(page.overview, '#gallery-heading'));

    within(page.overview, '[part="back"]').click();
    await shown(page.overview, '.cards');
    await waitUntil(() => deepActiveElement() === card(page.overview, 'Wedding'), 'focus did not return to the card');
  });

  it('the landscapes access shows Landscapes with no way up, as its parent forbids navigation', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.landscapes.code);
    await shown(page.overview, '.cards');
    expect(cardTitles(page.overview)).to.deep.equal(['Landscapes']);
    card(page.overview, 'Landscapes').click();
    await openedGallery(page.overview, 'Landscapes');
    expect(page.overview.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
    expect(page.overview.shadowRoot!.querySelector('[part="gallery"] .cards')).to.equal(null);
    await expect(page.overview).to.be.accessible();
  });

  it('an explicit-only access shows just the gallery added by hand, with no way up', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.explicit.code);
    await shown(page.overview, '.cards');
    expect(cardTitles(page.overview)).to.deep.equal(['Ceremony']);
    card(page.overview, 'Ceremony').click();
    await openedGallery(page.overview, 'Ceremony');
    expect(page.overview.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
  });

  it('a gallery the studio adds to the access later appears when the overview is shown again, without a new code', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f, 'session');
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');
    expect(cardTitles(page.overview)).to.deep.equal(['Wedding']);

    await ownerApi(f).accesses.addGalleries.mutate({ workspace: f.workspace, accessId: f.accesses.wedding.id, galleryIds: [f.galleries.private] });

    // The host page takes the overview out and puts it back (a tab, a route): it asks again.
    const parent = page.overview.parentElement!;
    page.overview.remove();
    parent.append(page.overview);
    await waitUntil(() => cardTitles(page.overview).includes('Private'), 'the new gallery did not appear');
    // The password of a gallery in the access is not asked for.
    card(page.overview, 'Private').click();
    await openedGallery(page.overview, 'Private');

    // A reload: a new page with the session the tab kept shows the same galleries.
    const reloaded = await clientPage(f, 'session');
    await shown(reloaded.overview, '.cards');
    expect(cardTitles(reloaded.overview).sort()).to.deep.equal(['Private', 'Wedding']);
    expect(reloaded.login.shadowRoot!.querySelector('form')).to.equal(null);
    reloaded.provider.token = null;
  });

  it('an access with no galleries says so', async () => {
    const f = await photographerFixture();
    const created = await ownerApi(f).accesses.create.mutate({ workspace: f.workspace, name: 'Nobody yet', code: `empty-${f.workspace}` });
    const page = await clientPage(f);
    await signIn(page, created.code);
    await shown(page.overview, '[part="empty"]', 'No galleries have been shared with you yet.');
    await expect(page.overview).to.be.accessible();
  });

  it('shows that it is loading while the overview is on its way', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    // Records every status the element renders: the loading state lasts as long as the
    // request, which on a fast server is shorter than any wait a test could make.
    const statuses: string[] = [];
    const observer = new MutationObserver(() => {
      const status = page.overview.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim();
      if (status && statuses.at(-1) !== status) statuses.push(status);
    });
    observer.observe(page.overview.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await typeInto(within(page.login, 'input'), f.accesses.wedding.code);
    await press('Enter');
    await shown(page.overview, '.cards');
    observer.disconnect();
    expect(statuses).to.include('Loading your galleries…');
    await expect(page.overview).to.be.accessible();
  });

  it('signing out ends the session and brings the login back', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.wedding.code);
    const token = page.provider.token!;
    within(page.overview, '[part="sign-out"]').click();
    await waitUntil(() => page.provider.token === null, 'the token was not cleared');
    await shown(page.login, 'form');
    expect(page.overview.shadowRoot!.textContent!.trim()).to.equal('');
    // The server ended the session too: the old token opens nothing.
    const { createFoyerApi } = await import('@foyer/client');
    const stale = createFoyerApi({ server: f.api, getToken: () => token });
    const error = await stale.client.overview.query({ workspace: f.workspace }).catch((e: unknown) => e);
    expect(error).to.be.an('error');
  });

  it('when the studio disables the access, the next fetch ends the session and the login shows again', async () => {
    const f = await photographerFixture();
    const page = await clientPage(f);
    await signIn(page, f.accesses.wedding.code);
    await shown(page.overview, '.cards');
    await ownerApi(f).accesses.setDisabled.mutate({ workspace: f.workspace, accessId: f.accesses.wedding.id, disabled: true });
    await page.overview.refresh();
    await waitUntil(() => page.provider.token === null, 'the ended session was kept');
    await shown(page.login, 'form');
    await expect(page.login).to.be.accessible();
  });

  it('two providers with two workspaces on one page each show their own galleries', async function (this: { timeout(ms: number): void }) {
    this.timeout(30000);
    const first = await photographerFixture();
    const second = await photographerFixture();
    // Two fixtures rooted at the providers: both sit on this one page.
    const a = await clientPage(first);
    const b = await clientPage(second);
    await a.login.updateComplete;
    await signIn(a, first.accesses.wedding.code);
    await signIn(b, second.accesses.landscapes.code);
    await shown(a.overview, '.cards');
    await shown(b.overview, '.cards');
    expect(cardTitles(a.overview)).to.deep.equal(['Wedding']);
    expect(cardTitles(b.overview)).to.deep.equal(['Landscapes']);
    card(a.overview, 'Wedding').click();
    await openedGallery(a.overview, 'Wedding');
    expect(cardTitles(b.overview)).to.deep.equal(['Landscapes']);
    await expect(a.overview).to.be.accessible();
    await expect(b.overview).to.be.accessible();
  });
});
