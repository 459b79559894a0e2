import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { accessibilityViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

const webHelperPreset = ['products.view', 'domains.manage', 'domains.view', 'tickets.open', 'sso.perform', 'orders.place'];

/**
 * A hosting customer's client area on the demo site: the primary user adds a web helper with
 * the preset and a password she sets; the helper signs in with it and sees only what its
 * permissions allow; the seeded web helper of two customers signs in once and switches between
 * them; the host's back-end tells of an invoice, which reaches the invoice subscribers only; and
 * a sub-account invited by link activates it on the same client area, in its customer's account.
 */
describe('the hosting client area on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let owner: Page;
  const policy = new PolicyWatch();
  const newHelper = { name: 'Henrik Hjelper', email: 'henrik@webhjelp.example', password: 'Henrik-Hjelper 2026!' };

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true, env: { ...process.env, FOYER_DEMO_CONTACTS: '20' } });
    browser = await launchChromium();
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const labelOf = (permission: string) => demo.hosting.permissionLabels[permission]!;
  const table = (page: Page) => page.locator('contacts-table');
  const row = (page: Page, name: string) =>
    table(page)
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  /** What the page lists under "What you may do here", once it lists something. */
  const allowed = async (page: Page) => {
    await expect.poll(() => page.locator('#allowed').isVisible()).toBe(true);
    return (await page.locator('#allowed li').allTextContents()).sort();
  };

  async function signInOnPortal(email: string, password: string): Promise<Page> {
    const page = await policy.newPage(browser);
    await page.goto(`${demo.url}hosting.html`);
    const form = page.locator('foyer-sign-in');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => form.getByText('Signed in as').count()).toBe(1);
    return page;
  }

  it('the primary user adds a web helper with the preset and a password, and sees it listed with those permissions', async () => {
    owner = await signInOnPortal(demo.hosting.primaryUser.email, demo.hosting.primaryUser.password);
    for (const c of demo.hosting.contacts) await expect.poll(() => row(owner, c.name).count(), c.name).toBe(1);
    await expect.poll(() => owner.locator('#allowed-state').textContent()).toContain('primary user');
    expect(await accessibilityViolations(owner)).toEqual([]);

    await table(owner).getByRole('button', { name: 'Add contact' }).click();
    const dialog = table(owner).getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(newHelper.name);
    await dialog.getByLabel('Email', { exact: true }).fill(newHelper.email);
    await dialog.getByLabel('Create a sub-account with client-area access').check();
    await dialog.getByRole('button', { name: 'Web helper' }).click();
    await expect.poll(() => dialog.getByLabel(labelOf('orders.place')).isChecked()).toBe(true);
    expect(await accessibilityViolations(owner)).toEqual([]);
    await dialog.getByLabel('Set a password now').check();
    await dialog.getByLabel('Password', { exact: true }).fill(newHelper.password);
    await dialog.getByLabel('Repeat password').fill(newHelper.password);
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => row(owner, newHelper.name).getByRole('gridcell').nth(3).textContent()).toContain('Active');

    // Its details show the preset's permissions and mail, and nothing else.
    await row(owner, newHelper.name)
      .getByRole('button', { name: `Actions for ${newHelper.name}` })
      .click();
    await table(owner).getByRole('dialog').getByRole('button', { name: 'Edit details' }).click();
    const edit = table(owner).getByRole('dialog');
    await expect.poll(() => edit.getByLabel(labelOf('orders.place')).isChecked()).toBe(true);
    const permissions = edit.locator('[part~="permission-group"] input[type="checkbox"]');
    const checked = await permissions.evaluateAll((inputs: HTMLInputElement[]) => inputs.filter((i) => i.checked).map((i) => i.id.replace('permission-', '')));
    expect(checked.sort()).toEqual([...webHelperPreset].sort());
    for (const category of ['General', 'Product', 'Domain', 'Support']) expect(await edit.getByLabel(`${category} emails`).isChecked(), category).toBe(true);
    for (const category of ['Invoice', 'Affiliate']) expect(await edit.getByLabel(`${category} emails`).isChecked(), category).toBe(false);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => table(owner).getByRole('dialog').count()).toBe(0);
  });

  it('the new web helper signs in with that password and sees only what its permissions allow', async () => {
    const helper = await signInOnPortal(newHelper.email, newHelper.password);
    expect(await allowed(helper)).toEqual(webHelperPreset.map(labelOf).sort());
    // Without "View and manage contacts" the contacts are not its to see.
    await expect.poll(() => table(helper).getByText('Your role in this workspace does not allow this.').count()).toBe(1);
    expect(await table(helper).getByRole('button', { name: 'Add contact' }).count()).toBe(0);
    const switcher = helper.locator('account-switcher');
    await expect.poll(() => switcher.getByRole('option').allTextContents()).toHaveLength(1);
    expect(await switcher.getByRole('option').first().textContent()).toContain(demo.hosting.workspace.name);
    await helper.close();
  });

  it('the web helper of two customers signs in once and switches between them with the same email', async () => {
    const vilde = demo.hosting.contacts.find((c) => c.role === 'web-helper')!;
    expect(vilde.email).not.toContain('+');
    const helper = await signInOnPortal(vilde.email, vilde.password!);
    const switcher = helper.locator('account-switcher');
    const option = (name: string) => switcher.getByRole('option').filter({ hasText: name });
    await expect.poll(() => option(demo.hosting.secondWorkspace.name).count()).toBe(1);
    expect(await option(demo.hosting.workspace.name).getAttribute('aria-selected')).toBe('true');
    expect(await allowed(helper)).toContain(labelOf('orders.place'));

    await option(demo.hosting.secondWorkspace.name).click();
    await expect.poll(() => switcher.getByRole('status').textContent()).toBe(`Now working in ${demo.hosting.secondWorkspace.name}.`);
    // Nordkapp Bakeri's primary user gave less: no orders, no domain management.
    await expect.poll(async () => (await allowed(helper)).includes(labelOf('orders.place'))).toBe(false);
    expect(await allowed(helper)).toContain(labelOf('domains.view'));
    expect(await accessibilityViolations(helper)).toEqual([]);

    await option(demo.hosting.workspace.name).click();
    await expect.poll(() => switcher.getByRole('status').textContent()).toBe(`Now working in ${demo.hosting.workspace.name}.`);
    await expect.poll(async () => (await allowed(helper)).includes(labelOf('orders.place'))).toBe(true);
    expect(await helper.locator('foyer-sign-in').getByText(vilde.email).count()).toBeGreaterThan(0);
    await helper.close();
  });

  it('the host’s back-end tells of an invoice: the accountant and the CEO receive the notice, the web helpers nothing', async () => {
    await owner.getByRole('button', { name: 'Issue an invoice to Fjordweb AS' }).click();
    await expect.poll(() => owner.locator('#notify-state').textContent()).toMatch(/^“Invoice \d{4}-\d{4} issued” was sent to 2 contacts/);
    const subject = /“(Invoice [^”]+)”/.exec((await owner.locator('#notify-state').textContent()) ?? '')![1]!;
    const mailbox = (role: string) => owner.getByRole('article', { name: `Mail to ${demo.hosting.contacts.find((c) => c.role === role)!.name}` });
    for (const role of ['accountant', 'ceo']) {
      await expect.poll(() => mailbox(role).getByText(subject).count(), role).toBe(1);
      await mailbox(role).getByText(subject).click();
      const text = (await mailbox(role).locator('pre').first().textContent()) ?? '';
      // A notice that the invoice was issued, not the invoice: no amount, no attachment.
      expect(text).toContain('was issued');
      expect(text).toContain('billing notifications');
    }
    expect(await mailbox('web-helper').getByText(subject).count()).toBe(0);
    expect(await accessibilityViolations(owner)).toEqual([]);
    const mailTo = async (to: string) => (await (await fetch(`${demo.url}demo/mailbox.json?to=${encodeURIComponent(to)}`)).json()) as Array<{ subject: string }>;
    expect((await mailTo(newHelper.email)).map((m) => m.subject)).not.toContain(subject);
    expect((await mailTo(demo.hosting.primaryUser.email)).map((m) => m.subject)).not.toContain(subject);
  });

  it('a sub-account added with an activation link activates it on the client area, in its customer’s account', async () => {
    const invited = { name: 'Ida Invitert', email: 'ida@webhjelp.example', password: 'Ida-Invitert 2026!' };
    await table(owner).getByRole('button', { name: 'Add contact' }).click();
    const dialog = table(owner).getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill(invited.name);
    await dialog.getByLabel('Email', { exact: true }).fill(invited.email);
    await dialog.getByLabel('Create a sub-account with client-area access').check();
    await dialog.getByRole('button', { name: 'Accountant' }).click();
    await dialog.getByLabel('Send an activation link').check();
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    const mailbox = async () => (await (await fetch(`${demo.url}demo/mailbox.json?to=${encodeURIComponent(invited.email)}`)).json()) as Array<{ body: string }>;
    await expect.poll(async () => (await mailbox()).length).toBe(1);
    const link = /https?:\/\/\S+#token=[A-Za-z0-9_%-]+/.exec((await mailbox())[0]!.body)![0];
    expect(link).toContain(`hosting.html?workspace=${demo.hosting.workspace.handle}#token=`);
    const page = await policy.newPage(browser);
    await page.goto(link);
    const activation = page.locator('contact-activation');
    await expect.poll(() => activation.getByRole('heading', { name: `Welcome, ${invited.name}` }).count()).toBe(1);
    await activation.getByLabel('Password', { exact: true }).fill(invited.password);
    await activation.getByLabel('Repeat password').fill(invited.password);
    await activation.getByRole('button', { name: 'Activate my account' }).click();
    await expect.poll(() => activation.getByRole('heading', { name: 'Your account is active' }).count()).toBe(1);
    await page.close();
    // The primary user's table shows the sub-account Active once it loads again.
    await table(owner).getByLabel('Search').fill(invited.email);
    await expect.poll(() => row(owner, invited.name).getByRole('gridcell').nth(3).textContent()).toContain('Active');
  });
});
