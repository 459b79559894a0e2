import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  'agency-register.html': 'agency-register-walk.e2e.test.ts',
  'print-shop.html': 'print-shop-walk.e2e.test.ts',
  'activate.html': 'print-shop-walk.e2e.test.ts',
  'theming.html': 'theming-walk.e2e.test.ts',
  'marketplace.html': 'marketplace-walk.e2e.test.ts',
  'hosting.html': 'hosting-walk.e2e.test.ts',
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

/** axe-core, run in the page through the browser's debugging protocol, which the page's policy does not govern. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What axe finds against WCAG 2.1 A and AA on the page as it is now, shadow roots included: one line per rule and place. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
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
    'account.html': async () => {
      // A member forgot their password: they ask for a link here, read it in the demo mailbox,
      // follow it by keyboard, choose a new password and land on the team page signed in.
      const kaffee = demo.seed.agency.workspaces.find((w) => w.handle === 'kaffee-kontor')!;
      const { email, password: oldPassword } = kaffee.owner;
      const newPassword = 'Kaffee-N3ues-Passwort!';
      await open('account.html');
      const reset = page.locator('password-reset');
      await expect.poll(() => page.locator('account-sign-up').isVisible()).toBe(true);
      expect(await page.locator('#email-change').isHidden()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await reset.getByLabel('Email').fill(email);
      await reset.getByLabel('Email').press('Enter');
      await expect.poll(() => reset.getByRole('heading', { name: 'Check your inbox' }).count()).toBe(1);

      await page.getByLabel('Address').fill(email);
      await page.getByLabel('Address').press('Enter');
      const link = page.locator('#mailbox').getByRole('link', { name: /#password-reset=/ });
      await expect.poll(() => link.count()).toBe(1);
      // The mail names the server's account page, FOYER_PUBLIC_URL, which the demo points here.
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${demo.accountUrl}#password-reset=[A-Za-z0-9_-]{43}$`));
      await link.focus();
      await page.keyboard.press('Enter');

      // Arrived with the link: its element alone, asking for the new password of that account.
      await expect.poll(() => reset.getByRole('heading', { name: 'Choose a new password' }).count()).toBe(1);
      expect(await page.locator('account-sign-up').isHidden()).toBe(true);
      await expect.poll(() => reset.getByText(email).count()).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      const field = reset.locator('password-field');
      await field.getByLabel('New password').pressSequentially(newPassword);
      await page.keyboard.press('Tab');
      await field.getByLabel('Repeat password').pressSequentially(newPassword);
      const save = reset.getByRole('button', { name: 'Save the new password' });
      await expect.poll(() => save.isDisabled()).toBe(false);
      await save.click();

      // `next` is the team page, which holds the same session: the person is signed in there.
      await page.waitForURL(`${demo.url}team.html`);
      await expect.poll(() => page.locator('foyer-sign-in').getByText(`Signed in as`).count(), { timeout: 15_000 }).toBe(1);
      expect(await page.locator('#account-links').isHidden()).toBe(true);
      const signInWith = (password: string) =>
        fetch(`${demo.apiUrl}/trpc/identity.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
      expect((await signInWith(newPassword)).status).toBe(200);
      expect((await signInWith(oldPassword)).status).not.toBe(200);
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
    'security.html': async () => {
      // The owner signs in and sees this device among the account's sessions; the setup of a second factor draws its QR code.
      const nordlicht = demo.seed.agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter')!;
      await open('security.html');
      await signIn(page, nordlicht.owner.email, nordlicht.owner.password);
      const security = page.locator('account-security');
      await expect.poll(() => security.getByRole('listitem').filter({ hasText: 'This device' }).count()).toBe(1);
      await security.getByRole('button', { name: 'Set up an authenticator app' }).click();
      await security.locator('#enrol-password').fill(nordlicht.owner.password);
      await security.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => security.getByRole('img', { name: 'QR code for your authenticator app' }).count()).toBe(1);
      await security.getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => security.getByRole('button', { name: 'Set up an authenticator app' }).count()).toBe(1);
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

  it('opens each mailed account link on the account page alone: a sign-up, then a new email address', async () => {
    const readMail = async (to: string, link: RegExp) => {
      await page.getByLabel('Address').fill(to);
      await page.getByLabel('Address').press('Enter');
      const found = page.locator('#mailbox').getByRole('link', { name: link });
      await expect.poll(() => found.count()).toBe(1);
      return found;
    };
    const password = 'Cleo-L0ng-Passw0rd';
    // "Create an account" on the team page's sign-in opens the sign-up alone.
    await open('team.html');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL(`${demo.url}account.html#sign-up`);
    const signUp = page.locator('account-sign-up');
    await expect.poll(() => signUp.getByRole('heading', { name: 'Create an account' }).count()).toBe(1);
    expect(await page.locator('password-reset').isHidden()).toBe(true);
    await signUp.getByLabel('Email').fill('cleo@example.com');
    await signUp.locator('password-field').getByLabel('Password', { exact: true }).fill(password);
    await signUp.locator('password-field').getByLabel('Repeat password').fill(password);
    await signUp.getByRole('button', { name: 'Sign up' }).click();
    await expect.poll(() => signUp.getByRole('heading', { name: 'Check your inbox' }).count()).toBe(1);
    await (await readMail('cleo@example.com', /#sign-up=/)).click();
    await signUp.getByRole('button', { name: 'Confirm and sign in' }).click();
    // A new account's `next` is its own security page, signed in with the same session.
    await page.waitForURL(`${demo.url}security.html`);
    const security = page.locator('account-security');
    await security.getByLabel('New email address').fill('cleo.new@example.com');
    await security.locator('#email-password').fill(password);
    await security.locator('#email-password').press('Enter');
    await expect.poll(() => security.getByText(/A link was sent to cleo\.new@example\.com/).count()).toBe(1);

    await page.goto(`${demo.url}account.html`);
    expect(await page.locator('#email-change').isHidden()).toBe(true);
    await (await readMail('cleo.new@example.com', /#email-change=/)).click();
    const change = page.locator('email-change-confirmation');
    await expect.poll(() => change.getByRole('heading', { name: 'Confirm your new email address' }).count()).toBe(1);
    expect([await page.locator('password-reset').isHidden(), await signUp.isHidden()]).toEqual([true, true]);
    await change.getByRole('button', { name: 'Confirm the new address' }).click();
    // The token leaves the address; the answer stays in view.
    await expect.poll(() => change.getByRole('heading', { name: 'Your email address is changed' }).count()).toBe(1);
    expect(page.url()).toBe(`${demo.url}account.html`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('shows the addresses in kept mail as links a visitor follows from the outbox to the page', async () => {
    // The owner's outbox holds the invitation of the wedding couple; its link opens the client page with their code.
    await open('admin.html');
    await signIn(page, demo.seed.owner.email, demo.seed.owner.password);
    const outbox = page.locator('#outbox');
    const invitation = outbox.getByRole('row').filter({ hasText: 'anna.mueller@example.com' });
    await expect.poll(() => invitation.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await invitation.first().locator('summary').click();
    const address = `${demo.url}#code=mueller-wedding-2026`;
    const link = invitation.first().getByRole('link', { name: address, exact: true });
    expect(await link.getAttribute('href')).toBe(address);
    // The text around the link is the mail's own, shown as text.
    expect(await invitation.first().locator('pre').textContent()).toContain(`Enter it here, or follow this link: ${address}`);
    expect(await outbox.locator('pre a').evaluateAll((links: HTMLAnchorElement[]) => links.every((a) => a.textContent === a.getAttribute('href')))).toBe(true);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(address);
    // The code in the link signs the couple in on the client page.
    await expect.poll(() => page.getByRole('heading', { name: 'Galleries for Anna Müller & Jonas Schmidt' }).count(), { timeout: 15_000 }).toBe(1);
  });
});
