import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * The demo's React and Vue pages embed the provider, the login and the overview through the
 * frameworks, with the props and handlers the generated types check. A client signs in with
 * a code and sees their galleries, and the page's own handlers hear the elements' events.
 */
describe.each([
  { framework: 'React', path: '/react/' },
  { framework: 'Vue', path: '/vue/' },
])('the demo page built with $framework', ({ path }) => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
  });
  // The demo's strict Content-Security-Policy holds for the framework pages too.
  afterEach(async () => {
    await page?.close();
    expect(policy.violations.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const couple = () => {
    const found = demo.seed.accesses.find((a) => a.name === 'Anna Müller & Jonas Schmidt');
    if (!found) throw new Error('the demo seed has no access for Anna Müller & Jonas Schmidt');
    return found;
  };
  const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title.replace(/[&]/g, '\\$&')}`) });
  const heard = () => page.locator('#visit-state').textContent();

  it('signs a client in with an access code, shows their galleries and hears the sign-in', async () => {
    const access = couple();
    page = await policy.newPage(browser);
    const response = await page.goto(new URL(path, demo.url).href);
    // Served under the demo's strict policy, like its plain pages.
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    await expect.poll(heard).toBe('Not signed in.');
    await page.getByLabel('Access code').fill(access.code);
    await page.getByRole('button', { name: 'Show my galleries' }).click();

    await expect.poll(() => page.getByRole('heading', { name: `Galleries for ${access.name}` }).count()).toBe(1);
    for (const title of access.overview) await expect.poll(() => card(title).count()).toBe(1);
    await expect.poll(heard).toBe('Signed in with an access code.');
    expect(await page.getByLabel('Access code').count()).toBe(0);
  });

  it('counts the galleries the client opens from the overview events', async () => {
    const access = couple();
    page = await policy.newPage(browser);
    // codeFromLink, set as a property by the framework: the invitation link signs in by itself.
    await page.goto(new URL(`${path}#code=${encodeURIComponent(access.code)}`, demo.url).href);
    await expect.poll(heard).toBe('Signed in with an access code.');
    const title = access.overview[0]!;
    await card(title).click();
    await expect.poll(() => page.getByRole('heading', { name: title, exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('Galleries opened: 1').count()).toBe(1);
  });

  it('is linked from the entry page', async () => {
    page = await policy.newPage(browser);
    await page.goto(demo.url);
    const href = await page
      .getByRole('contentinfo')
      .getByRole('link', { name: path === '/react/' ? 'in React' : 'in Vue' })
      .getAttribute('href');
    expect(href).toBe(path);
  });
});
