import { expect, fixture, html } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ClientAccessLogin } from '../client-access-login/client-access-login.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, ownerApi, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { mount, openAccess, text, wait } from '../../test-support/access-manager.js';
import type { GalleryOverview } from './gallery-overview.js';
import '../foyer-provider/define.js';
import '../client-access-login/define.js';
import './define.js';
import '../gallery-direct-link/define.js';

/** The client's page: the login and the overview in a provider; signs in and opens Wedding. */
async function weddingOpened(f: PhotographerFixture): Promise<GalleryOverview> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
      <client-access-login></client-access-login>
      <gallery-overview></gallery-overview>
    </foyer-provider>
  `);
  const login = provider.querySelector<ClientAccessLogin>('client-access-login')!;
  const overview = provider.querySelector<GalleryOverview>('gallery-overview')!;
  await login.updateComplete;
  await typeInto(within(login, 'input'), f.accesses.wedding.code);
  await press('Enter');
  await shown(overview, '.cards');
  allWithin<HTMLButtonElement>(overview, '[part="card"]')
    .find((c) => c.textContent!.includes('Wedding'))!
    .click();
  await shown(overview, '#gallery-heading', 'Wedding');
  return overview;
}

const toggles = (overview: GalleryOverview) => allWithin<HTMLButtonElement>(overview, '[part="items"] button[part~="favourite"]');
const pressed = (overview: GalleryOverview) => toggles(overview).map((b) => b.getAttribute('aria-pressed'));

describe('gallery-overview favourites and downloads', () => {
  it('the client marks two pictures, sees them marked after a reload, filters to them, and the owner sees both in the access', async () => {
    const f = await photographerFixture();
    let overview = await weddingOpened(f);
    expect(pressed(overview)).to.deep.equal(['false', 'false']);
    expect(textOf(overview, '[part~="favourite-count"]')).to.equal('0 favourites');
    expect(text(toggles(overview)[0])).to.contain('Mark as favourite');
    for (const toggle of toggles(overview)) toggle.click();
    await shown(overview, '[part~="favourite-count"]', '2 favourites');
    expect(pressed(overview)).to.deep.equal(['true', 'true']);
    expect(text(toggles(overview)[0])).to.contain('Favourite');
    await expect(overview).to.be.accessible();

    // A new page: the marks are the server's, not the element's.
    await wait(async () => (await ownerApi(f).accesses.selection.query({ workspace: f.workspace, accessId: f.accesses.wedding.id })).count === 2, 'the server holds both marks');
    overview = await weddingOpened(f);
    expect(pressed(overview)).to.deep.equal(['true', 'true']);
    toggles(overview)[0]!.click();
    await shown(overview, '[part~="favourite-count"]', '1 favourite');
    within<HTMLInputElement>(overview, '[part~="favourites-filter"] input').click();
    await wait(() => allWithin(overview, '[part="items"] > li').length === 1, 'only the favourite shows');
    expect(allWithin<HTMLImageElement>(overview, '[part="items"] img').map((i) => i.alt)).to.deep.equal(['Wedding 2']);
    toggles(overview)[0]!.click();
    await shown(overview, '[part~="empty"]', 'No pictures of this gallery are marked as favourites yet.');
    await expect(overview).to.be.accessible();
    within<HTMLInputElement>(overview, '[part~="favourites-filter"] input').click();
    await wait(() => toggles(overview).length === 2, 'every picture shows again');
    for (const toggle of toggles(overview)) toggle.click();
    await shown(overview, '[part~="favourite-count"]', '2 favourites');
    await wait(async () => (await ownerApi(f).accesses.selection.query({ workspace: f.workspace, accessId: f.accesses.wedding.id })).count === 2, 'the server holds both marks');

    const { el, root } = await mount(f);
    await wait(() => root.querySelector('table'), 'the list of accesses shows');
    await openAccess(root, 'Wedding');
    await wait(() => root.querySelectorAll('[part~="selection-item"]').length === 2, 'the favourites show');
    expect(text(root.querySelector('[part~="selection-count"]'))).to.equal('2 favourites');
    expect(text(root.querySelector('[part~="selection-gallery"]'))).to.equal('Wedding');
    expect([...root.querySelectorAll('[part~="selection-item"]')].map((li) => text(li))).to.deep.equal(['Wedding 1', 'Wedding 2']);
    expect(root.querySelector<HTMLImageElement>('[part~="selection-thumbnail"]')!.src).to.match(/\/api\/files\//);
    await expect(el).to.be.accessible();
  });

  it('the client marks a picture in the lightbox too', async () => {
    const f = await photographerFixture();
    const overview = await weddingOpened(f);
    allWithin<HTMLButtonElement>(overview, 'button[part~="item-link"]')[1]!.click();
    const toggle = await shown<HTMLButtonElement>(overview, 'dialog[part~="lightbox"] button[part~="lightbox-favourite"]');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await wait(() => within(overview, 'dialog [part~="lightbox-favourite"]').getAttribute('aria-pressed') === 'true', 'the lightbox shows the mark');
    expect(pressed(overview)).to.deep.equal(['false', 'true']);
    await expect(overview).to.be.accessible();
  });

  it('shows download links and the gallery ZIP only while the access allows downloads, and they download', async () => {
    const f = await photographerFixture();
    let overview = await weddingOpened(f);
    expect(overview.shadowRoot!.querySelector('[part~="download"], [part~="download-gallery"]')).to.equal(null);

    await ownerApi(f).accesses.update.mutate({ workspace: f.workspace, accessId: f.accesses.wedding.id, downloads: true });
    overview = await weddingOpened(f);
    const links = allWithin<HTMLAnchorElement>(overview, '[part="items"] a[part~="download"]');
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['Download Wedding 1', 'Download Wedding 2']);
    const zip = within<HTMLAnchorElement>(overview, 'a[part~="download-gallery"]');
    expect(text(zip)).to.equal('Download the gallery (ZIP)');
    const picture = await fetch(links[0]!.href);
    expect(picture.status).to.equal(200);
    expect(picture.headers.get('content-disposition')).to.match(/^attachment;/);
    const archive = await fetch(zip.href);
    expect(archive.status).to.equal(200);
    expect(archive.headers.get('content-type')).to.equal('application/zip');
    // A ZIP begins with a local file header.
    expect([...new Uint8Array(await archive.arrayBuffer()).slice(0, 4)]).to.deep.equal([0x50, 0x4b, 0x03, 0x04]);
    await expect(overview).to.be.accessible();
  });

  it('a gallery opened by its direct link, without an access, shows no favourites and no downloads', async () => {
    const f = await photographerFixture();
    await ownerApi(f).accesses.update.mutate({ workspace: f.workspace, accessId: f.accesses.landscapes.id, downloads: true });
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
        <gallery-direct-link gallery=${f.galleries.landscapes}></gallery-direct-link>
      </foyer-provider>
    `);
    const link = provider.querySelector('gallery-direct-link')!;
    await shown(link, '#gallery-heading', 'Landscapes');
    expect(allWithin(link, '[part="items"] img').length).to.equal(2);
    expect(link.shadowRoot!.querySelector('[part~="favourite"], [part~="download"], [part~="download-gallery"], [part~="favourite-count"]')).to.equal(null);
  });
});
