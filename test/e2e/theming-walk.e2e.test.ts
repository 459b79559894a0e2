import { startDemo } from '@foyer/demo';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/** The shipped colors the walk looks for, as the browser computes them. */
const colors = {
  lightText: 'rgb(31, 35, 40)',
  darkText: 'rgb(230, 237, 243)',
  lightAccent: 'rgb(11, 107, 203)',
  darkRaised: 'rgb(33, 40, 48)',
};

/**
 * A site owner tries the theming page: each control changes the live elements' computed look
 * at once (a token, the color scheme, a ::part rule), the page shows the CSS to copy, and
 * Reset gives the defaults back. The page runs under the demo's strict policy like every other.
 */
describe('the theming page of the demo', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
    page = await policy.newPage(browser);
    await page.goto(`${demo.url}theming.html`);
  });
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const login = () => page.locator('client-access-login');
  const loginButton = () => login().getByRole('button', { name: 'Show my galleries' });
  const computed = (target: Locator, property: string) => target.evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  const cssShown = () => page.locator('#css-output').textContent();

  it('lists the tokens the theme stylesheet ships, each color with its light and dark value', async () => {
    const row = page.getByRole('row', { name: /--foyer-color-text\b(?!-)/ });
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(['#1f2328', '#e6edf3']);
    await expect.poll(() => page.getByRole('row', { name: /--foyer-color-accent\b(?!-)/ }).count()).toBe(1);
  });

  it('a new accent color recolors the live login’s button, and the CSS to copy names it', async () => {
    await expect.poll(() => computed(loginButton(), 'background-color')).toBe(colors.lightAccent);
    await page.getByLabel('Accent', { exact: true }).fill('#8a4b2f');
    await expect.poll(() => computed(loginButton(), 'background-color')).toBe('rgb(138, 75, 47)');
    await expect.poll(cssShown).toContain('--foyer-color-accent: #8a4b2f;');
  });

  it('the corner radius follows the slider, moved with the keyboard', async () => {
    await expect.poll(() => computed(loginButton(), 'border-top-left-radius')).toBe('8px');
    await page.getByLabel('Corner radius').focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => computed(loginButton(), 'border-top-left-radius')).toBe('12px');
    await expect.poll(cssShown).toContain('--foyer-radius: 12px;');
  });

  it('the elements follow the system’s scheme, and a chosen scheme wins over it either way', async () => {
    const label = () => login().locator('label');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => computed(label(), 'color')).toBe(colors.darkText);
    await page.getByLabel('Light', { exact: true }).check();
    await expect.poll(() => computed(label(), 'color')).toBe(colors.lightText);
    await expect.poll(cssShown).toContain('<html data-foyer-theme="light">');

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByLabel('Dark', { exact: true }).check();
    await expect.poll(() => computed(label(), 'color')).toBe(colors.darkText);
    await page.getByLabel('Follow the system').check();
    await expect.poll(() => computed(label(), 'color')).toBe(colors.lightText);
  });

  it('the parts control styles the button through ::part(button), and shows the rule', async () => {
    await expect.poll(() => computed(loginButton(), 'text-transform')).toBe('none');
    await page.getByLabel(/Pill-shaped, uppercase buttons/).check();
    await expect.poll(() => computed(loginButton(), 'text-transform')).toBe('uppercase');
    await expect.poll(() => computed(loginButton(), 'border-top-left-radius')).toBe('999px');
    await expect.poll(cssShown).toContain('client-access-login::part(button)');
  });

  it('Reset gives every token and the part back to the defaults', async () => {
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => computed(loginButton(), 'background-color')).toBe(colors.lightAccent);
    await expect.poll(() => computed(loginButton(), 'border-top-left-radius')).toBe('8px');
    await expect.poll(() => computed(loginButton(), 'text-transform')).toBe('none');
    await expect.poll(cssShown).toContain('Nothing else: the defaults.');
  });

  it('a client signed in with a demo code sees the galleries themed too, in the dark scheme', async () => {
    const couple = demo.seed.accesses.find((a) => a.name === 'Anna Müller & Jonas Schmidt')!;
    await login().getByLabel('Access code').fill(couple.code);
    await loginButton().click();
    const overview = page.locator('gallery-overview');
    const card = overview.getByRole('button', { name: new RegExp(`^${couple.overview[0]!.replace(/[&]/g, '\\$&')}`) });
    await expect.poll(() => card.count()).toBe(1);
    await page.getByLabel('Dark', { exact: true }).check();
    await expect.poll(() => computed(card, 'background-color')).toBe(colors.darkRaised);
    await expect.poll(() => computed(card, 'color')).toBe(colors.darkText);
  });
});
