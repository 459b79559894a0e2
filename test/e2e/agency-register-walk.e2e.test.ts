import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { accessibilityViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';
import { totp } from './totp.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * A new agency on the demo site, from nothing to its client's account. It registers on the
 * agency registration page, follows the link the demo mailbox shows (the operator's account
 * page confirms it), turns on its second factor on the security page, and waits for access:
 * Nordlicht's owner gives it access by its email with a role, in the agency panel of the team
 * page, and sees the grant usable. The agency signs in on the agency portal with its password
 * and a code, and works in Nordlicht's account as its role allows: it sees the client's team.
 */
describe('an agency registers on the demo site and works in the account of a client who grants it access', () => {
  let demo: Demo;
  let browser: Browser;
  /** The agency's browser, and the Nordlicht owner's. */
  let agencyPage: Page;
  let owner: Page;
  const policy = new PolicyWatch();
  const agency = { name: 'Bright Pixel Studio', email: 'accounts@brightpixel.example', password: 'Bright-Pixel-Studio-2026' };
  let secret = '';

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
    agencyPage = await policy.newPage(browser);
    owner = await policy.newPage(browser);
  });
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const nordlicht = () => demo.seed.agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter')!;

  it('registers from the agency portal’s link, on a page that says what an agency account is', async () => {
    await agencyPage.goto(`${demo.url}agency.html`);
    const register = agencyPage.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Register an agency' });
    await register.focus();
    await agencyPage.keyboard.press('Enter');
    await agencyPage.waitForURL(`${demo.url}agency-register.html`);
    const signUp = agencyPage.locator('account-sign-up');
    await expect.poll(() => signUp.getByRole('heading', { name: 'Register an agency' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await signUp.getByText('Use an email address that your agency uses for nothing else here.').count()).toBe(1);
    expect(await signUp.getByText('Before any client’s access opens, the agency turns on a second factor (an authenticator app).').count()).toBe(1);
    expect(await accessibilityViolations(agencyPage)).toEqual([]);

    await signUp.getByLabel('Email', { exact: true }).fill(agency.email);
    await signUp.getByLabel('Agency name').fill(agency.name);
    const password = signUp.locator('password-field');
    await password.getByLabel('Password', { exact: true }).pressSequentially(agency.password);
    await password.getByLabel('Repeat password').pressSequentially(agency.password);
    await expect.poll(() => signUp.getByRole('button', { name: 'Register the agency' }).isDisabled()).toBe(false);
    await agencyPage.keyboard.press('Enter');
    await expect.poll(() => signUp.getByRole('heading', { name: 'Check your inbox' }).count()).toBe(1);
  });

  it('follows the mailed link to the account page and confirms there, landing on the security page signed in', async () => {
    await agencyPage.getByLabel('Address').fill(agency.email);
    await agencyPage.getByLabel('Address').press('Enter');
    const link = agencyPage.locator('#mailbox').getByRole('link', { name: /#sign-up=/ });
    await expect.poll(() => link.count()).toBe(1);
    // Every account link of the server opens its account page, FOYER_PUBLIC_URL.
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${demo.accountUrl}#sign-up=`));
    await link.focus();
    await agencyPage.keyboard.press('Enter');
    const confirm = agencyPage.locator('account-sign-up');
    await expect.poll(() => confirm.getByRole('heading', { name: 'Confirm your email address' }).count(), { timeout: 15_000 }).toBe(1);
    await confirm.getByRole('button', { name: 'Confirm and sign in' }).click();
    await agencyPage.waitForURL(`${demo.url}security.html`);
    await expect.poll(() => agencyPage.locator('foyer-sign-in').getByText(`Signed in as ${agency.name} (${agency.email})`).count(), { timeout: 15_000 }).toBe(1);
  });

  it('turns on its second factor from the key shown', async () => {
    const security = agencyPage.locator('account-security');
    await security.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await security.locator('#enrol-password').fill(agency.password);
    await security.locator('#enrol-password').press('Enter');
    await expect.poll(() => security.locator('#enrol-key').count()).toBe(1);
    secret = ((await security.locator('#enrol-key').textContent()) ?? '').replace(/\s+/g, '');
    // The previous step's code (the server takes one step either side), so the sign-in below can use the current one.
    await security.getByLabel('Code from your authenticator app').fill(totp(secret, new Date(Date.now() - 30_000)));
    await security.getByLabel('Code from your authenticator app').press('Enter');
    await expect.poll(() => security.getByRole('heading', { name: 'Your recovery codes' }).count()).toBe(1);
    await security.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => security.getByText('The second factor is on. Signing in now also asks for a code from your app.').count()).toBe(1);
  });

  it('Nordlicht’s owner gives the agency access by its email as Administrator, and sees the grant usable', async () => {
    const { owner: login } = nordlicht();
    await owner.goto(`${demo.url}team.html`);
    const signIn = owner.locator('foyer-sign-in');
    await signIn.getByLabel('Email').fill(login.email);
    await signIn.getByLabel('Password').fill(login.password);
    await signIn.getByLabel('Password').press('Enter');
    const team = owner.locator('team-members');
    const give = team.getByRole('button', { name: 'Give an agency access' });
    await expect.poll(() => give.count(), { timeout: 15_000 }).toBe(1);
    await give.focus();
    await owner.keyboard.press('Enter');
    const dialog = team.getByRole('dialog');
    await dialog.getByLabel('The agency account’s email').fill(agency.email);
    await dialog.getByRole('radio', { name: 'Administrator', exact: true }).check();
    await dialog.getByRole('button', { name: 'Give access' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => team.locator('[part="message"]').textContent()).toBe(`${agency.name} has access as Administrator.`);
    const grant = team.locator(`[part~="agencies"] tr[data-email="${agency.email}"]`);
    expect((await grant.locator('[part~="usable"]').textContent())?.trim()).toBe('Usable');
    expect((await grant.locator('[part~="role"]').textContent())?.trim()).toBe('Administrator');
  });

  it('signs in on the agency portal with its password and a code, and works in Nordlicht’s account: it sees the team', async () => {
    await agencyPage.goto(`${demo.url}agency.html`);
    const signIn = agencyPage.locator('foyer-sign-in');
    await signIn.getByLabel('Email').fill(agency.email);
    await signIn.getByLabel('Password').fill(agency.password);
    await signIn.getByLabel('Password').press('Enter');
    const code = signIn.getByLabel('Code from your authenticator app');
    await expect.poll(() => code.count()).toBe(1);
    await code.fill(totp(secret));
    await code.press('Enter');
    await expect.poll(() => signIn.getByText(`Signed in as ${agency.name} (${agency.email})`).count()).toBe(1);

    const account = agencyPage.locator('account-switcher').getByRole('option', { name: /^Nordlicht Newsletter/ });
    await expect.poll(() => account.count(), { timeout: 15_000 }).toBe(1);
    expect(await account.textContent()).toContain('Administrator');
    await account.click();
    const team = agencyPage.locator('team-members');
    await expect.poll(() => team.getByRole('table', { name: 'Team members' }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => team.getByRole('row', { name: new RegExp(nordlicht().owner.name) }).count()).toBe(1);
  });
});
