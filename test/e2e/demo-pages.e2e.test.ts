import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { launchChromium } from './browser.js';
import { directives, PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/** The policy the demo's pages are served with: what a site owner can copy and know the elements work under. */
const expectedPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // data: for the pages' empty favicon; the gallery pictures are signed links under /api, on the page's own origin.
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'self'"],
  'form-action': ["'self'"],
};

/** The demo's pages, read from the folder it serves them from, so a new page cannot go unchecked. */
const pages = readdirSync(fileURLToPath(new URL('../../demo/public/', import.meta.url)))
  .filter((name) => name.endsWith('.html'))
  .sort();

/** Pages whose walk lives in another file; that file watches the same policy. */
const walkedElsewhere: Record<string, string> = {
  'index.html': 'client-walk.e2e.test.ts',
  'agency.html': 'agency-walk.e2e.test.ts',
  'print-shop.html': 'print-shop-walk.e2e.test.ts',
  'activate.html': 'print-shop-walk.e2e.test.ts',
  'theming.html': 'theming-walk.e2e.test.ts',
  'marketplace.html': 'marketplace-walk.e2e.test.ts',
};

/** What the elements on a page and inside their shadow roots use for their styles. */
function elementStyles(page: Page) {
  return page.evaluate(() => {
    const found = { undefinedTags: [] as string[], adoptedSheets: 0, styleElements: 0, shadowRoots: 0 };
    const visit = (root: Document | ShadowRoot) => {
      found.styleElements += root === document ? 0 : root.querySelectorAll('style').length;
      for (const element of root.querySelectorAll('*')) {
        const tag = element.localName;
        if (!tag.includes('-')) continue;
        if (!customElements.get(tag)) found.undefinedTags.push(tag);
        if (!element.shadowRoot) continue;
        found.shadowRoots += 1;
        found.adoptedSheets += element.shadowRoot.adoptedStyleSheets.length;
        visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

/** Pictures under `scope`: how many have loaded, and how many the browser gave up on. */
function pictures(scope: Locator) {
  return scope.locator('img').evaluateAll((images: HTMLImageElement[]) => ({
    loaded: images.filter((img) => img.complete && img.naturalWidth > 0).length,
    broken: images.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src),
  }));
}

async function signIn(page: Page, email: string, password: string) {
  const form = page.locator('foyer-sign-in');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Every page of the demo, served with a strict Content-Security-Policy: no inline script, no
 * inline style, nothing from another origin. Each page loads with its elements defined and
 * styled through constructable stylesheets (which the policy allows without 'unsafe-inline'),
 * and the pages no other walk covers are walked here, failing on any violation of the policy.
 */
describe('the demo pages under a strict Content-Security-Policy', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
  });
  afterEach(async () => {
    await page?.close();
    // Emptied as it is read, so one violation fails the test it happened in, not every later one.
    expect(policy.violations.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  async function open(path: string) {
    page = await policy.newPage(browser);
    const response = await page.goto(`${demo.url}${path}`);
    expect(response?.status()).toBe(200);
    return response!;
  }

  const walks: Record<string, () => Promise<void>> = {
    'admin.html': async () => {
      // The owner signs in, opens a client's access, previews it as the client and reads the outbox.
      await open('admin.html');
      await signIn(page, demo.seed.owner.email, demo.seed.owner.password);
      const manager = page.locator('client-access-manager');
      const name = 'Anna Müller & Jonas Schmidt';
      await manager.getByRole('button', { name: `Manage ${name}` }).click();
      await expect.poll(() => manager.getByRole('heading', { name, exact: true }).count()).toBe(1);
      await manager.getByRole('button', { name: 'Preview as the client' }).click();
      const preview = manager.getByRole('dialog', { name: `Preview: what “${name}” sees` });
      const couple = demo.seed.accesses.find((a) => a.name === name)!;
      for (const title of couple.overview) {
        await expect.poll(() => preview.getByRole('button', { name: new RegExp(`^${title}`) }).count()).toBe(1);
      }
      await expect.poll(async () => (await pictures(preview)).loaded).toBeGreaterThan(0);
      expect((await pictures(preview)).broken).toEqual([]);
      await preview.getByRole('button', { name: 'Close preview' }).click();
      await expect.poll(() => preview.count()).toBe(0);
      await expect.poll(() => page.locator('#outbox-state').textContent()).not.toContain('Sign in');
    },
    'gallery.html': async () => {
      // A visitor follows a direct link, enters the gallery's password and sees its pictures.
      const link = demo.seed.directLinks.find((l) => l.title === 'Müller & Schmidt wedding')!;
      expect(link.password).not.toBeNull();
      await open(`gallery.html?gallery=${encodeURIComponent(link.galleryId)}`);
      const direct = page.locator('gallery-direct-link');
      await direct.getByLabel('Gallery password').fill(link.password!);
      await direct.getByRole('button', { name: `Open ${link.title}` }).click();
      const items = direct.getByRole('list', { name: `Pictures in ${link.title}` });
      await expect.poll(() => items.getByRole('listitem').count()).toBeGreaterThan(0);
      await expect.poll(async () => (await pictures(items)).loaded).toBeGreaterThan(0);
      expect((await pictures(items)).broken).toEqual([]);
    },
    'team.html': async () => {
      // The owner signs in and sees the team and the activity; the catalog explorer changes template.
      const nordlicht = demo.seed.agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter')!;
      await open('team.html');
      await signIn(page, nordlicht.owner.email, nordlicht.owner.password);
      const team = page.locator('team-members');
      await expect.poll(() => team.getByRole('row', { name: new RegExp(nordlicht.owner.name) }).count()).toBe(1);
      await expect.poll(() => page.locator('activity-log').getByRole('table').count()).toBe(1);
      await page.getByLabel('Template').selectOption('print-shop');
      const explorer = page.locator('#explorer');
      await expect.poll(() => explorer.getByRole('radio').count()).toBeGreaterThan(0);
      await explorer.getByRole('radio').first().check();
      await expect.poll(() => page.locator('#explorer-value').textContent()).not.toBe('none yet');
    },
  };

  it('walks every demo page, here or in the walk named for it', () => {
    expect([...Object.keys(walkedElsewhere), ...Object.keys(walks)].sort()).toEqual(pages);
  });

  it.each(pages)('%s is served with the strict policy, and its elements start and are styled under it', async (path) => {
    const response = await open(path);
    const header = response.headers()['content-security-policy'];
    expect(header, 'the page has no Content-Security-Policy header').toBeTruthy();
    expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directives(header!)).toEqual(expectedPolicy);

    await expect.poll(async () => (await elementStyles(page)).shadowRoots).toBeGreaterThan(0);
    const styles = await elementStyles(page);
    expect(styles.undefinedTags).toEqual([]);
    // Lit adopts constructable stylesheets; a <style> element in a shadow root would need 'unsafe-inline'.
    expect(styles.adoptedSheets).toBeGreaterThan(0);
    expect(styles.styleElements).toBe(0);
  });

  for (const [path, walk] of Object.entries(walks)) {
    it(`walks ${path} without a single violation of the policy`, walk);
  }
});
