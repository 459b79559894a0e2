import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * A seller on the demo's marketplace page: the master account's owner signs in once, sees
 * the tabs only the owner has, the sales of the linked accounts as a chart with its table, and
 * opens two linked accounts side by side; then someone opens a new master account with the
 * seller account that is not linked yet, through the mailed link and a password under the rules.
 */
describe('a seller’s master account on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
    page = await policy.newPage(browser);
  });
  // The demo's strict Content-Security-Policy: the chart too must run under it.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const facts = () => demo.marketplace;
  const master = () => page.locator('master-account');

  it('signs the owner in once and shows the tabs only the owner has', async () => {
    await page.goto(`${demo.url}marketplace.html`);
    const signIn = page.locator('#master-provider foyer-sign-in');
    await signIn.getByLabel('Email').fill(facts().master.owner.email);
    await signIn.getByLabel('Password').fill(facts().master.owner.password);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(async () => (await master().getByRole('tab').allTextContents()).map((t) => t.trim()), { timeout: 15_000 })
      .toEqual(['Dashboard', 'Accounts', 'Tickets', 'Transactions', 'Reports', 'Users']);
  });

  it('charts the sales of every linked account with a legend, and holds the numbers in a table beside the chart', async () => {
    await master().getByRole('tab', { name: 'Dashboard' }).click();
    const dashboard = page.locator('sales-dashboard');
    await dashboard.getByRole('button', { name: 'Last 12 months' }).click();
    const table = dashboard.locator('[part~="data-table"]').first();
    await expect.poll(() => table.locator('tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(10);
    const linked = facts().accounts.filter((a) => a.linked);
    const legend = await dashboard.locator('[part~="legend"]').first().textContent();
    for (const account of linked) expect(legend).toContain(account.name);
    expect(await dashboard.locator('canvas').count()).toBeGreaterThan(0);
    // The totals across all accounts are there, per currency.
    expect(await dashboard.getByRole('table', { name: /^Totals in / }).count()).toBeGreaterThan(0);
  });

  it('opens two linked accounts side by side without signing in again, each reading its own account', async () => {
    const [first, second] = facts().accounts.filter((a) => a.linked);
    for (const account of [first!, second!])
      await master()
        .getByRole('button', { name: new RegExp(`Open ${account.name}`) })
        .click();
    const panels = page.locator('#opened-accounts > section');
    await expect.poll(() => panels.count()).toBe(2);
    for (const account of [first!, second!]) {
      const panel = page.locator(`#opened-accounts > section[data-account="${account.handle}"]`);
      // Each panel reads its own account: its filter lists that account's own people.
      await expect.poll(() => panel.locator('activity-log').evaluate((e) => e.shadowRoot?.textContent ?? ''), { timeout: 15_000 }).toContain(account.owner.email);
    }
    expect(await page.locator('#master-provider foyer-sign-in').getByLabel('Password').count()).toBe(0);
  });

  it('opens a new master account with a seller account’s sign-in, the mailed link and a password that meets every rule', async () => {
    const account = facts().accounts.find((a) => !a.linked)!;
    const registration = page.locator('master-registration');
    const email = 'new-master@example.com';
    await registration.getByLabel('Email for the master account').fill(email);
    await registration.getByLabel('Your name').fill('Nora Newseller');
    await registration.getByRole('button', { name: 'Continue' }).click();
    await registration.getByLabel('Nickname of the seller account').fill(account.handle);
    await registration.getByLabel('Password of the seller account').fill(account.owner.password);
    await registration.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => registration.getByRole('heading', { name: 'Check your mail' }).count()).toBe(1);

    const mail = (await (await fetch(`${demo.url}demo/mailbox.json?to=${encodeURIComponent(email)}`)).json()) as Array<{ body: string }>;
    const token = /#master-registration=([A-Za-z0-9_-]{43})/.exec(mail[0]!.body)![1];
    await page.goto(`${demo.url}marketplace.html#master-registration=${token}`);
    const save = registration.getByRole('button', { name: 'Save' });
    await expect.poll(() => registration.getByRole('heading', { name: 'Choose the password of your master account' }).count(), { timeout: 15_000 }).toBe(1);
    const password = registration.locator('password-field').getByLabel('Password', { exact: true });
    await password.pressSequentially('longbutlowercase');
    expect(await save.isDisabled()).toBe(true);
    await password.fill('');
    await password.pressSequentially('Sell3r-Pa55!word');
    const repeat = registration.locator('password-field').getByLabel(/Repeat/);
    if ((await repeat.count()) > 0) await repeat.pressSequentially('Sell3r-Pa55!word');
    await expect.poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await expect.poll(() => registration.getByRole('heading', { name: 'Your master account is open' }).count(), { timeout: 15_000 }).toBe(1);
    // The person signs in to it with the address and the password just set.
    const signIn = await fetch(`${demo.apiUrl}/trpc/identity.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'Sell3r-Pa55!word' }),
    });
    expect(signIn.status).toBe(200);
  });
});
