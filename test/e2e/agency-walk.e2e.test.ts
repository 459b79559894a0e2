import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { callProcedure } from './api-call.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';
import { totp } from './totp.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/** Calls a procedure on the demo's server, as a host's back-end would. */
const call = (demo: Demo, path: string, input: unknown, token?: string, kind: 'query' | 'mutation' = 'mutation') => callProcedure(demo.apiUrl, path, input, token, kind);

/**
 * An agency on the demo's agency page: signs in with its password and the code of
 * its authenticator app, sees its client accounts, switches between them without signing in
 * again, sees in each what its role there allows and is refused the rest — and loses an
 * account from its next request on once the owner revokes the grant.
 */
describe('an agency on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const signIns: string[] = [];
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
    page = await policy.newPage(browser);
    page.on('request', (request) => {
      if (/\/trpc\/[^?]*identity\.signIn/.test(request.url())) signIns.push(request.url());
    });
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const facts = () => demo.seed.agency;
  const workspace = (handle: string) => facts().workspaces.find((w) => w.handle === handle)!;
  const roleName = (key: string) => key.replace(/(^|-)(\w)/g, (_m, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase());
  const switcher = () => page.locator('account-switcher');
  const team = () => page.locator('team-members');
  const account = (name: string) => switcher().getByRole('option', { name: new RegExp(`^${name}`) });

  it('signs in with its password and then the code from its authenticator app', async () => {
    const { agency } = facts();
    await page.goto(`${demo.url}agency.html`);
    await page.getByLabel('Email').fill(agency.email);
    await page.getByLabel('Password').fill(agency.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Code from your authenticator app');
    await expect.poll(() => code.count()).toBe(1);
    await code.fill(totp(agency.secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByText(`Signed in as ${agency.name} (${agency.email})`).count()).toBe(1);
  });

  it('sees its client accounts, each with the role its owner granted', async () => {
    await expect.poll(() => switcher().getByRole('group', { name: 'Client accounts' }).count()).toBe(1);
    for (const w of facts().workspaces) {
      await expect.poll(() => account(w.name).count()).toBe(1);
      expect(await account(w.name).textContent()).toContain(roleName(w.agencyRole));
    }
  });

  it('switches to the account where it is Administrator and sees that account’s team', async () => {
    const nordlicht = workspace('nordlicht-newsletter');
    expect(nordlicht.agencyRole).toBe('administrator');
    await account(nordlicht.name).click();
    await expect.poll(() => team().getByRole('table', { name: 'Team members' }).count()).toBe(1);
    await expect
      .poll(() =>
        team()
          .getByRole('row', { name: new RegExp(nordlicht.owner.name) })
          .count(),
      )
      .toBe(1);
  });

  it('switches to the account where it is Copywriter without signing in again, and is refused the team there', async () => {
    const kontor = workspace('kaffee-kontor');
    expect(kontor.agencyRole).toBe('copywriter');
    const before = signIns.length;
    await account(kontor.name).click();
    await expect.poll(() => team().getByRole('alert').textContent()).toBe('Your role in this workspace does not allow this.');
    expect(await team().getByRole('table').count()).toBe(0);
    expect(signIns.length).toBe(before);
    expect(await page.getByLabel('Password').count()).toBe(0);
  });

  it('loses an account from its next request on once the owner revokes the grant', async () => {
    const { agency } = facts();
    const nordlicht = workspace('nordlicht-newsletter');
    const signedIn = await call(demo, 'identity.signIn', { email: nordlicht.owner.email, password: nordlicht.owner.password });
    const token = signedIn.token as string;
    const grants = (await call(demo, 'agencyGrants.list', { workspace: nordlicht.handle }, token, 'query')) as unknown as Array<{
      agencyId: string;
      email: string;
    }>;
    const grant = grants.find((g) => g.email === agency.email)!;
    await call(demo, 'agencyGrants.revoke', { workspace: nordlicht.handle, agencyId: grant.agencyId }, token);

    // The page still lists the account it loaded before; the next request is refused.
    await account(nordlicht.name).click();
    await expect.poll(() => team().getByRole('alert').count()).toBe(1);
    expect(await team().getByRole('table').count()).toBe(0);
    expect(await team().getByRole('alert').textContent()).toMatch(/not a member|does not allow/);
    // The switcher read its list again on that switch: the revoked account is gone from it.
    await expect.poll(() => account(nordlicht.name).count()).toBe(0);
    expect(await account(workspace('kaffee-kontor').name).count()).toBe(1);
  });
});
