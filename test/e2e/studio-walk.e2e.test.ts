import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { startDemo } from '@foyer/demo';
import { accessibilityViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Real pictures as a camera card holds them: JPEGs and a PNG, each a different size and colour. */
async function shootPictures(folder: string): Promise<Map<string, Buffer>> {
  const plan = [
    { name: 'Bryggen at dawn.jpg', width: 1600, height: 1067, background: { r: 190, g: 120, b: 80 } },
    { name: 'Walk on Floyen.jpg', width: 1200, height: 1600, background: { r: 60, g: 110, b: 70 } },
    { name: 'The ring.png', width: 1024, height: 768, background: { r: 220, g: 200, b: 150 } },
    { name: 'Laughing in the rain.jpg', width: 1500, height: 1000, background: { r: 70, g: 90, b: 140 } },
  ];
  const pictures = new Map<string, Buffer>();
  for (const { name, width, height, background } of plan) {
    const canvas = sharp({ create: { width, height, channels: 3, background } });
    const bytes = name.endsWith('.png') ? await canvas.png().toBuffer() : await canvas.jpeg({ quality: 85 }).toBuffer();
    await writeFile(join(folder, name), bytes);
    pictures.set(name, bytes);
  }
  return pictures;
}

/** Every file in a ZIP, by its name. */
function unzip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * The photographer's day on the demo site: after the shoot the owner makes a gallery on the
 * studio admin page, uploads the pictures at once, lets the couple download and adds the
 * gallery to their access, telling them by email. The couple follow the mail, open the gallery
 * with the code they already have, mark their favourites and download the whole gallery; the
 * photographer then reads which pictures they chose.
 */
describe("a photographer's day on the demo site", () => {
  let demo: Demo;
  let browser: Browser;
  let folder: string;
  let pictures: Map<string, Buffer>;
  /** The owner's tab, open the whole day; the couple use a browser of their own. */
  let owner: Page;
  let client: Page;
  const policy = new PolicyWatch();
  const title = 'Engagement – Anna & Jonas';
  let favourites: string[] = [];
  /** The address the mail gives the couple. */
  let mailLink = '';

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'foyer-studio-walk-'));
    [demo, browser, pictures] = await Promise.all([startDemo({ port: 0, inMemory: true, quiet: true }), launchChromium(), shootPictures(folder)]);
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await rm(folder, { recursive: true, force: true });
  });

  const couple = () => {
    const found = demo.seed.accesses.find((a) => a.name === 'Anna Müller & Jonas Schmidt');
    if (!found?.email) throw new Error('the demo seed has no couple with an email');
    return found;
  };
  const galleries = () => owner.locator('gallery-manager');
  const accesses = () => owner.locator('client-access-manager');

  it('signs in on the studio admin page and creates a gallery for the shoot', async () => {
    owner = await policy.newPage(browser);
    await owner.goto(`${demo.url}admin.html`);
    const form = owner.locator('foyer-sign-in');
    await form.getByLabel('Email').fill(demo.seed.owner.email);
    await form.getByLabel('Password').fill(demo.seed.owner.password);
    await form.getByRole('button', { name: 'Sign in' }).click();

    await galleries().getByRole('button', { name: 'New gallery', exact: true }).click();
    const dialog = galleries().getByRole('dialog', { name: 'New gallery' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Create gallery' }).click();
    await expect.poll(() => galleries().locator('[part~="message"]').first().textContent()).toBe(`“${title}” is created.`);
    await expect
      .poll(() =>
        galleries()
          .getByRole('heading', { name: `Pictures in “${title}”` })
          .count(),
      )
      .toBe(1);
    expect(await galleries().getByText('No pictures yet.').count()).toBe(1);
  });

  it('uploads the pictures at once and sees each one added, with its thumbnail', async () => {
    const names = [...pictures.keys()];
    await galleries()
      .locator('#picture-files')
      .setInputFiles(names.map((name) => join(folder, name)));
    const uploads = galleries().locator('[part~="upload"]');
    await expect.poll(() => uploads.count()).toBe(names.length);
    for (const name of names) {
      await expect.poll(() => uploads.filter({ hasText: name }).locator('[part~="upload-state"]').textContent(), { timeout: 15_000 }).toMatch(/^Added · /);
    }
    await expect.poll(() => galleries().locator('[part~="upload-total"]').textContent()).toMatch(/^\s*4 of 4 pictures added · /);

    // Each picture shows as the server's small size of it, made from the upload.
    const thumbnails = galleries().locator('[part~="items"] img');
    await expect.poll(() => thumbnails.count()).toBe(names.length);
    expect((await thumbnails.evaluateAll((images: HTMLImageElement[]) => images.map((img) => img.alt))).sort()).toEqual(names.map((n) => n.replace(/\.\w+$/, '')).sort());
    for (const thumbnail of await thumbnails.all()) {
      await thumbnail.scrollIntoViewIfNeeded();
      await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
      const { src, width } = await thumbnail.evaluate((img: HTMLImageElement) => ({ src: img.src, width: img.naturalWidth }));
      expect(src).toContain('size=thumbnail');
      expect(width).toBeLessThan(1024);
    }
    const inTree = galleries()
      .getByRole('navigation', { name: 'Galleries' })
      .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
    await expect.poll(() => inTree.textContent()).toContain('4 pictures');
    expect(await accessibilityViolations(owner)).toEqual([]);
  });

  it("allows downloads on the couple's access and adds the gallery, telling them by email", async () => {
    const { name, email } = couple();
    await accesses()
      .getByRole('button', { name: `Manage ${name}` })
      .click();
    await expect.poll(() => accesses().getByRole('heading', { name, exact: true }).count()).toBe(1);
    await accesses().getByRole('button', { name: 'Edit', exact: true }).click();
    const downloads = accesses().getByLabel('Allow downloads');
    expect(await downloads.isChecked()).toBe(false);
    await downloads.check();
    expect(await accesses().getByLabel('Tell the client by email when a gallery is added').inputValue()).toBe('ask');
    await accesses().getByRole('button', { name: 'Save changes' }).click();
    const fact = (term: string) =>
      accesses()
        .locator('[part~="facts"] > div')
        .filter({ has: owner.locator('dt', { hasText: term }) })
        .locator('dd');
    await expect.poll(() => fact('Downloads').textContent()).toBe('Allowed');

    await accesses().getByRole('button', { name: 'Add or remove galleries' }).click();
    await accesses()
      .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(title)}`) })
      .check();
    await accesses().getByLabel(`Tell ${name} by email about the galleries added`).check();
    await accesses().getByRole('button', { name: 'Save galleries' }).click();
    await expect.poll(() => accesses().locator('[part~="message"]').textContent()).toBe(`Galleries saved: 1 added, 0 removed. ${name} was told by email (${email}).`);
  });

  it('the mail names the new gallery and where to open it, and not the code', async () => {
    const { email, code } = couple();
    await owner.locator('#outbox-refresh').click();
    const mail = owner
      .locator('#outbox')
      .getByRole('row')
      .filter({ hasText: email! })
      .filter({ hasText: `A new gallery from Studio Lindqvist Photography: ${title}` });
    await expect.poll(() => mail.count(), { timeout: 15_000 }).toBe(1);
    await mail.locator('summary').click();
    const text = (await mail.locator('pre').textContent())!;
    expect(text).toContain(`    ${title}`);
    expect(text).toContain(`Open it with your access code here: ${demo.url}`);
    expect(text.toLowerCase()).not.toContain(code.toLowerCase());
    mailLink = (await mail.locator('pre a').getAttribute('href'))!;
    expect(mailLink).toBe(demo.url);
  });

  it('the couple follow the mail, enter their code and open the new gallery', async () => {
    const { name, code } = couple();
    client = await policy.newPage(browser);
    await client.goto(mailLink);
    await client.getByLabel('Access code').fill(code);
    await client.getByRole('button', { name: 'Show my galleries' }).click();
    await expect.poll(() => client.getByRole('heading', { name: `Galleries for ${name}` }).count()).toBe(1);
    await client.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) }).click();
    await expect.poll(() => client.getByRole('heading', { name: title, exact: true }).count()).toBe(1);
    const items = client.getByRole('list', { name: `Pictures in ${title}` }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(pictures.size);
    // Downloads are allowed: every picture has its own link.
    expect(await items.getByRole('link', { name: /^Download / }).count()).toBe(pictures.size);
  });

  it('the couple mark two pictures as favourites', async () => {
    const items = client.getByRole('list', { name: `Pictures in ${title}` }).getByRole('listitem');
    for (const index of [0, 1]) {
      const item = items.nth(index);
      favourites.push((await item.locator('img').getAttribute('alt'))!);
      await item.getByRole('button', { name: 'Mark as favourite' }).click();
      await expect.poll(() => item.getByRole('button', { name: 'Favourite', exact: true }).getAttribute('aria-pressed')).toBe('true');
    }
    await expect.poll(() => client.locator('gallery-overview [part~="favourite-count"]').textContent()).toBe('2 favourites');
    await client.getByLabel('Show favourites only').check();
    favourites = favourites.sort();
    await expect.poll(() => items.count()).toBe(2);
    expect((await items.locator('img').evaluateAll((images: HTMLImageElement[]) => images.map((img) => img.alt))).sort()).toEqual(favourites);
    expect(await accessibilityViolations(client)).toEqual([]);
  });

  it('the couple download the gallery as a ZIP holding the uploaded files, byte for byte', async () => {
    const [download] = await Promise.all([client.waitForEvent('download'), client.getByRole('link', { name: 'Download the gallery (ZIP)' }).click()]);
    expect(download.suggestedFilename()).toBe(`${title}.zip`);
    const path = await download.path();
    const files = await unzip(path);
    expect([...files.keys()].sort()).toEqual([...pictures.keys()].sort());
    for (const [name, bytes] of pictures) expect(files.get(name)?.equals(bytes), name).toBe(true);
    await client.close();
  });

  it("the owner opens the access again and sees the couple's two favourites", async () => {
    const { name } = couple();
    await accesses().getByRole('button', { name: 'All client accesses' }).click();
    await accesses()
      .getByRole('button', { name: `Manage ${name}` })
      .click();
    const selection = accesses().getByRole('region', { name: 'The client’s favourites' });
    await expect.poll(() => selection.locator('[part~="selection-count"]').textContent()).toBe('2 favourites');
    expect(await selection.locator('[part~="selection-gallery"]').allTextContents()).toEqual([title]);
    const chosen = await selection.locator('[part~="selection-item"] .selection-name').allTextContents();
    expect(chosen.sort()).toEqual(favourites);
    for (const thumbnail of await selection.locator('img').all()) {
      await thumbnail.scrollIntoViewIfNeeded();
      await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    expect(await accessibilityViolations(owner)).toEqual([]);
    await owner.close();
  });
});
