import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { accessibilityViolations } from './axe.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';
import { linkIn, startSmtp, type ReceivedMail } from './smtp.js';
import { totp } from './totp.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;
type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/**
 * A new member's first days on the demo's Nordlicht pages, with the demo sending its mail to a
 * real SMTP server (FOYER_SMTP_URL) instead of keeping it. The owner invites Ida with a role from
 * the role picker; the invitation arrives by mail; Ida opens its link, sees who invited her,
 * chooses a password and is signed in; she turns on a second factor and keeps her recovery
 * codes, then signs in again with her password and a code. The owner changes her role and
 * later disables her: each change holds from Ida's next request. The owner and Ida each have a
 * browser of their own.
 */
describe('a new member of the Nordlicht team on the demo site, with mail sent through SMTP', () => {
  let smtp: Smtp;
  let demo: Demo;
  let browser: Browser;
  /** The owner's browser, and Ida's. */
  let owner: Page;
  let ida: Page;
  const policy = new PolicyWatch();
  const person = { name: 'Ida Neumann', email: 'ida.neumann@example.com', password: 'Ida-Neumann-lang-2026' };
  /** The key her authenticator app took, as the page showed it. */
  let secret = '';

  beforeAll(async () => {
    smtp = await startSmtp();
    demo = await startDemo({ port: 0, inMemory: true, quiet: true, env: { FOYER_SMTP_URL: smtp.url, FOYER_MAIL_FROM: 'Nordlicht <team@nordlicht-newsletter.example>' } });
    browser = await launchChromium();
    // Browser.newPage opens a context of its own: the two people share no storage, so no session.
    owner = await policy.newPage(browser);
    ida = await policy.newPage(browser);
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
    await smtp?.close();
  });

  const nordlicht = () => demo.seed.agency.workspaces.find((w) => w.handle === 'nordlicht-newsletter')!;
  const mailTo = async (to: string, subject: RegExp): Promise<ReceivedMail> => {
    await expect.poll(() => smtp.received.some((m) => m.to.includes(to) && subject.test(m.subject)), { timeout: 15_000 }).toBe(true);
    return smtp.received.filter((m) => m.to.includes(to) && subject.test(m.subject)).at(-1)!;
  };
  const signedInAs = (page: Page) => page.locator('foyer-sign-in').getByText(`Signed in as ${person.name} (${person.email})`);
  const idaRow = () => owner.locator('team-members').getByRole('row', { name: new RegExp(person.name) });

  /** Opens a row's actions with the keyboard and starts one of them. */
  async function rowAction(name: string, action: string) {
    const team = owner.locator('team-members');
    const toggle = team.getByRole('button', { name: `Actions for ${name}` });
    await toggle.focus();
    await owner.keyboard.press('Enter');
    const button = team.getByRole('button', { name: action, exact: true });
    await button.focus();
    await owner.keyboard.press('Enter');
    return team.getByRole('dialog');
  }

  it('the owner signs in on the team page and invites Ida as Administrator', async () => {
    const { owner: login } = nordlicht();
    await owner.goto(`${demo.url}team.html`);
    const signIn = owner.locator('foyer-sign-in');
    await signIn.getByLabel('Email').fill(login.email);
    await signIn.getByLabel('Password').fill(login.password);
    await signIn.getByLabel('Password').press('Enter');
    const team = owner.locator('team-members');
    const invite = team.locator('form.invite');
    await expect.poll(() => invite.count(), { timeout: 15_000 }).toBe(1);
    await invite.getByRole('radio', { name: 'Administrator', exact: true }).check();
    await invite.getByLabel('Email', { exact: true }).fill(person.email);
    await invite.getByLabel('Email', { exact: true }).press('Enter');
    await expect.poll(() => team.locator('[part="message"]').textContent()).toBe(`Invitation sent to ${person.email}.`);
    await expect.poll(() => team.getByRole('row', { name: new RegExp(person.email) }).textContent()).toContain('Invited, until');
  });

  it('sends the invitation through SMTP, with a link to the operator’s account page', async () => {
    const mail = await mailTo(person.email, /invites you to Nordlicht Newsletter/);
    expect(mail.subject).toBe(`${nordlicht().owner.name} invites you to Nordlicht Newsletter`);
    expect(mail.text).toContain(`${nordlicht().owner.name} invites you to join Nordlicht Newsletter as Administrator.`);
    // Nordlicht has no page of its own: its invitations open the operator's page, the demo's account.html.
    expect(linkIn(mail, 'invitation')).toMatch(new RegExp(`^${demo.accountUrl}#invitation=`));
  });

  it('Ida opens the link, sees who invited her, chooses a password and lands on the team page signed in', async () => {
    const link = linkIn(await mailTo(person.email, /invites you/), 'invitation')!;
    await ida.goto(link);
    const accept = ida.locator('invitation-accept');
    await expect.poll(() => accept.getByRole('heading', { name: 'Join Nordlicht Newsletter' }).count(), { timeout: 15_000 }).toBe(1);
    expect(await accept.locator('[part="invitation"]').textContent()).toBe(`${nordlicht().owner.name} invited you to Nordlicht Newsletter as Administrator.`);
    // The invitation's panel alone: nothing else of the account page in the way.
    expect([await ida.locator('password-reset').isHidden(), await ida.locator('account-sign-up').isHidden()]).toEqual([true, true]);
    expect(await accessibilityViolations(ida)).toEqual([]);
    await accept.getByLabel('Your name').fill(person.name);
    const password = accept.locator('password-field');
    await password.getByLabel('Password', { exact: true }).pressSequentially(person.password);
    await password.getByLabel('Repeat password').pressSequentially(person.password);
    const join = accept.getByRole('button', { name: 'Accept invitation' });
    await expect.poll(() => join.isDisabled()).toBe(false);
    await ida.keyboard.press('Enter');
    await ida.waitForURL(`${demo.url}team.html`);
    await expect.poll(() => signedInAs(ida).count(), { timeout: 15_000 }).toBe(1);
    // As Administrator she sees the team.
    await expect.poll(() => ida.locator('team-members').getByRole('table', { name: 'Team members' }).count()).toBe(1);
  });

  it('Ida turns on a second factor on the security page from the key shown, and saves her recovery codes', async () => {
    await ida.getByRole('link', { name: 'Your account security' }).click();
    await ida.waitForURL(`${demo.url}security.html`);
    const security = ida.locator('account-security');
    await security.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await security.locator('#enrol-password').fill(person.password);
    await security.locator('#enrol-password').press('Enter');
    await expect.poll(() => security.getByRole('img', { name: 'QR code for your authenticator app' }).count()).toBe(1);
    secret = ((await security.locator('#enrol-key').textContent()) ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // The code of the step before now (the server takes one step either side): the current one
    // stays unused, so the sign-in below needs no wait for a fresh code.
    await security.getByLabel('Code from your authenticator app').fill(totp(secret, new Date(Date.now() - 30_000)));
    await security.getByLabel('Code from your authenticator app').press('Enter');
    await expect.poll(() => security.getByRole('heading', { name: 'Your recovery codes' }).count()).toBe(1);
    const codes = (await security.locator('.codes code').allTextContents()).map((c) => c.trim());
    expect(codes.length).toBeGreaterThanOrEqual(8);
    const [download] = await Promise.all([ida.waitForEvent('download'), security.getByRole('link', { name: 'Download as a text file' }).click()]);
    expect(download.suggestedFilename()).toBe('recovery-codes.txt');
    const saved = await readFile((await download.path())!, 'utf8');
    for (const code of codes) expect(saved).toContain(code);
    await security.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => security.getByText('The second factor is on. Signing in now also asks for a code from your app.').count()).toBe(1);
  });

  it('Ida signs out and signs in again with her password and a code from her app', async () => {
    const signIn = ida.locator('foyer-sign-in');
    await signIn.getByRole('button', { name: 'Sign out' }).click();
    await signIn.getByLabel('Email').fill(person.email);
    await signIn.getByLabel('Password').fill(person.password);
    await signIn.getByLabel('Password').press('Enter');
    const code = signIn.getByLabel('Code from your authenticator app');
    await expect.poll(() => code.count()).toBe(1);
    await code.fill(totp(secret));
    await code.press('Enter');
    await expect.poll(() => signedInAs(ida).count()).toBe(1);
  });

  it('the owner sees Ida on the team with her second factor on, and changes her role to Copywriter in the dialog', async () => {
    await owner.reload();
    await expect.poll(() => idaRow().count(), { timeout: 15_000 }).toBe(1);
    expect(await idaRow().textContent()).toMatch(/Administrator.*Active.*On/s);
    const dialog = await rowAction(person.name, 'Change role');
    await expect.poll(() => dialog.getByRole('heading', { name: `Change the role of ${person.name}` }).count()).toBe(1);
    expect(await dialog.textContent()).toContain(`Now: Administrator. The new role holds from ${person.name}’s next request.`);
    await dialog.getByRole('radio', { name: 'Copywriter', exact: true }).check();
    await dialog.getByRole('button', { name: 'Change role' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => idaRow().locator('[part="role"]').textContent()).toBe('Copywriter');
  });

  it('Ida’s next request holds the new role: the team is no longer hers to see', async () => {
    await ida.goto(`${demo.url}team.html`);
    await expect.poll(() => signedInAs(ida).count(), { timeout: 15_000 }).toBe(1);
    const team = ida.locator('team-members');
    await expect.poll(() => team.getByRole('alert').textContent()).toBe('Your role in this workspace does not allow this.');
    expect(await team.getByRole('table').count()).toBe(0);
  });

  it('the owner disables Ida, and her next request is refused with a sentence that says so', async () => {
    const dialog = await rowAction(person.name, 'Disable');
    await expect.poll(() => dialog.getByRole('heading', { name: `Disable ${person.name}?` }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Disable', exact: true }).click();
    await expect.poll(() => idaRow().textContent()).toContain('Disabled');

    await ida.reload();
    const team = ida.locator('team-members');
    await expect.poll(() => team.getByRole('alert').textContent(), { timeout: 15_000 }).toBe('Your access to this workspace has been disabled. Ask its owner to enable it again.');
    expect(await team.getByRole('table').count()).toBe(0);
  });
});
