import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, ownerApi, shown, textOf, within } from '../../test-support/interaction.js';
import { chooseFiles, dropFiles, jpegLikeFile, pngFile } from '../../test-support/picture-files.js';
import type { GalleryManager } from './gallery-manager.js';
import '../foyer-provider/define.js';
import './define.js';

/** The test server's upload limit (see test/foyer-server-plugin.mjs). */
const uploadLimit = 3 * 1024 * 1024;

async function managerOn(f: PhotographerFixture, galleryTitle: string): Promise<GalleryManager> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" server=${f.api} workspace=${f.workspace} persist="none"><gallery-manager></gallery-manager></foyer-provider>
  `);
  provider.token = f.owner.token;
  const m = provider.querySelector('gallery-manager')!;
  await shown(m, '[part~="tree"]');
  allWithin<HTMLButtonElement>(m, '[part~="tree-item"]')
    .find((b) => b.querySelector('.tree-title')?.textContent === galleryTitle)!
    .click();
  await shown(m, '#pictures-heading', `Pictures in “${galleryTitle}”`);
  await shown(m, '[part~="items"]');
  return m;
}

const uploadRows = (m: GalleryManager) => allWithin(m, '[part~="upload"]').map((row) => [row.querySelector('.upload-name')?.textContent, row.dataset.state]);
const settled = (m: GalleryManager, count: number) =>
  waitUntil(() => allWithin(m, '[part~="upload"]').filter((r) => !['waiting', 'sending'].includes(r.dataset.state!)).length === count, 'the uploads settle', { timeout: 15_000 });
/** Asks again until `read` gives `expected`, for a few seconds. */
async function eventually(read: () => Promise<string>, expected: string): Promise<void> {
  let last = '';
  for (let i = 0; i < 50; i++) {
    last = await read();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last).to.equal(expected);
}
const serverNames = async (f: PhotographerFixture, galleryId: string) => (await ownerApi(f).galleries.items.query({ workspace: f.workspace, galleryId })).map((i) => i.name);

describe('gallery-manager uploads', () => {
  it('uploads many pictures picked at once, each with its progress and the batch’s, and shows them in the gallery', async function () {
    this.timeout(30_000);
    const f = await photographerFixture();
    const m = await managerOn(f, 'Ceremony');
    const files = await Promise.all(['Rings.png', 'Vows.png', 'Kiss.png', 'Exit.png'].map((name, i) => pngFile(name, 640 + i * 10, 480)));
    chooseFiles(within(m, '#picture-files'), files);
    await settled(m, 4);
    expect(uploadRows(m)).to.deep.equal([
      ['Rings.png', 'done'],
      ['Vows.png', 'done'],
      ['Kiss.png', 'done'],
      ['Exit.png', 'done'],
    ]);
    // Each file's bar and the batch's are full; the sentence counts files and bytes.
    for (const bar of allWithin<HTMLProgressElement>(m, '[part~="upload-progress"]')) expect(bar.value).to.equal(bar.max);
    const total = within<HTMLProgressElement>(m, '[part~="upload-total-progress"]');
    expect(total.value).to.equal(files.reduce((sum, file) => sum + file.size, 0));
    expect(textOf(m, '[part~="upload-total"]')).to.match(/^4 of 4 pictures added · /);
    await shown(m, '[part~="message"]', '4 of 4 pictures added.');
    // The pictures stand in the order they arrived, as the server keeps them.
    const stored = await serverNames(f, f.galleries.ceremony);
    expect([...stored].sort()).to.deep.equal(['Ceremony 1.svg', 'Ceremony 2.svg', 'Exit.png', 'Kiss.png', 'Rings.png', 'Vows.png']);
    await waitUntil(
      () =>
        allWithin(m, '[part~="caption"]')
          .map((c) => `${c.textContent}.`)
          .join() === stored.map((n) => n.replace(/(svg|png)$/, '')).join(),
      'the gallery shows what the server holds',
    );
    // The new pictures show as the server's thumbnails: the image loads, smaller than the original.
    // Read afresh on every look: the list is drawn again when the gallery is read after the uploads.
    const rings = () => within<HTMLImageElement>(m, `[part~="item"]:nth-child(${stored.indexOf('Rings.png') + 1}) img`);
    await waitUntil(
      () => {
        const img = rings();
        img.scrollIntoView();
        return img.complete && img.naturalWidth > 0;
      },
      'the thumbnail loads',
      { timeout: 10_000 },
    ).catch(async (error: Error) => {
      // Says whether the server answered the address, so a failure tells the browser from the server.
      const img = rings();
      const answer = await fetch(img.src).then(
        (r) => `${r.status} ${r.headers.get('content-type')}`,
        (e: unknown) => String(e),
      );
      throw new Error(`${error.message}: ${img.src} complete=${img.complete} width=${img.naturalWidth}; asked again: ${answer}`);
    });
    expect(rings().src).to.contain('size=thumbnail');
    expect(allWithin(m, '.tree-count')[1]!.textContent).to.contain('6 pictures');
    await expect(m).to.be.accessible();
  });

  it('takes pictures dropped on it', async () => {
    const f = await photographerFixture();
    const m = await managerOn(f, 'Landscapes');
    dropFiles(within(m, '[part~="drop-zone"]'), [await pngFile('Fjord.png')]);
    await settled(m, 1);
    expect(uploadRows(m)).to.deep.equal([['Fjord.png', 'done']]);
    expect(await serverNames(f, f.galleries.landscapes)).to.include('Fjord.png');
  });

  it('cancels files on their way and waiting, and the server keeps none of them', async function () {
    this.timeout(30_000);
    const f = await photographerFixture();
    const m = await managerOn(f, 'Reception');
    const files = Array.from({ length: 5 }, (_, i) => jpegLikeFile(`Big ${i + 1}.jpg`, 2 * 1024 * 1024));
    chooseFiles(within(m, '#picture-files'), files);
    await m.updateComplete;
    // Three travel at once; the others wait their turn.
    expect(uploadRows(m).map(([, state]) => state)).to.deep.equal(['sending', 'sending', 'sending', 'waiting', 'waiting']);
    within<HTMLButtonElement>(m, '[part~="upload"]:nth-child(4) [part~="upload-cancel"]').click();
    allWithin<HTMLButtonElement>(m, '.uploads button')
      .find((b) => b.textContent?.trim() === 'Cancel all uploads')!
      .click();
    await settled(m, 5);
    expect(uploadRows(m).map(([, state]) => state)).to.deep.equal(['cancelled', 'cancelled', 'cancelled', 'cancelled', 'cancelled']);
    // A file whose last byte had reached the server when it was cancelled is not kept either: the cancellation names its key.
    await eventually(async () => (await serverNames(f, f.galleries.reception)).join(), 'Reception 1.svg,Reception 2.svg');
  });

  it('names each file that is too large or not a picture, and adds the others', async function () {
    this.timeout(30_000);
    const f = await photographerFixture();
    const m = await managerOn(f, 'Wedding');
    const notes = new File(['Shot list'], 'shot-list.txt', { type: 'text/plain' });
    const renamed = new File(['not a photo at all'], 'renamed.jpg', { type: 'image/jpeg' });
    const huge = jpegLikeFile('Huge.jpg', uploadLimit + 1024);
    chooseFiles(within(m, '#picture-files'), [notes, await pngFile('Cake.png'), renamed, huge]);
    await settled(m, 4);
    expect(uploadRows(m)).to.deep.equal([
      ['shot-list.txt', 'failed'],
      ['Cake.png', 'done'],
      ['renamed.jpg', 'failed'],
      ['Huge.jpg', 'failed'],
    ]);
    expect(allWithin(m, '.upload-error').map((e) => e.textContent)).to.deep.equal([
      '“shot-list.txt” is not a picture, so it was not added.',
      '“renamed.jpg” is not a picture, so it was not added.',
      '“Huge.jpg” is larger than the upload limit, so it was not added.',
    ]);
    expect(await serverNames(f, f.galleries.wedding)).to.deep.equal(['Wedding 1.svg', 'Wedding 2.svg', 'Cake.png']);
  });
});
