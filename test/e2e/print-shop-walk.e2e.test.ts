import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * The print shop's administrator and a customer walk the demo: the admin finds
 * customers in the contacts table, is told which jobs keep one from being deleted, and sends
 * an activation request from the mail program; the customer follows its link to the shop's
 * activation page, sets a password, accepts the terms, and shows as Active in the table.
 */
describe('the print shop on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let admin: Page;
  const policy = new PolicyWatch();

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true, env: { ...process.env, FOYER_DEMO_CONTACTS: '150' } });
    browser = await launchChromium();
  });
  // The demo's strict Content-Security-Policy: a walk that needs more than it allows fails.
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const table = () => admin.locator('contacts-table');
  const row = (name: string) =>
    table()
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name, exact: true }) });
  const dialog = () => table().getByRole('dialog');

  async function search(text: string, expected: string) {
    await table().getByLabel('Search').fill(text);
    await expect.poll(() => row(expected).count()).toBe(1);
  }

  it('the admin signs in and sees the shop’s contacts, as many as the seed made', async () => {
    admin = await policy.newPage(browser);
    await admin.goto(`${demo.url}print-shop.html`);
    await admin.locator('foyer-sign-in').getByLabel('Email').fill(demo.printShop.admin.email);
    await admin.locator('foyer-sign-in').getByLabel('Password').fill(demo.printShop.admin.password);
    await admin.locator('foyer-sign-in').getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => table().getByRole('grid').getAttribute('aria-rowcount')).toBe(String(demo.printShop.total + 1));
  });

  it('deleting a customer with jobs in processing is refused, naming the jobs', async () => {
    await search('bryggen', 'Ola Hansen');
    await row('Ola Hansen').getByRole('button', { name: 'Actions for Ola Hansen' }).click();
    await dialog().getByRole('button', { name: 'Delete contact' }).click();
    await expect.poll(() => dialog().getByRole('heading', { name: '“Ola Hansen” cannot be deleted' }).count()).toBe(1);
    const jobs = await dialog().getByRole('listitem').allTextContents();
    expect(jobs.map((j) => j.replace(/\s+/g, ' ').trim()).sort()).toEqual(['Brochure (Finishing)', 'Flyer A5 (Printing)', 'Poster A1 (Preflight)']);
    expect(await dialog().getByRole('button', { name: 'Delete contact' }).count()).toBe(0);
    await dialog().getByRole('button', { name: 'Close' }).click();
  });

  it('an activation request opened in the mail program leads the customer to activate the account', async () => {
    await search('kystmedia', 'Sofie <b>Dahl</b>');
    await row('Sofie <b>Dahl</b>').getByRole('button', { name: 'Actions for Sofie <b>Dahl</b>' }).click();
    await dialog().getByRole('button', { name: 'Send activation request' }).click();
    await dialog().getByRole('button', { name: 'Open in my mail program' }).click();
    const mailto = await dialog().getByRole('link', { name: 'Open the message to Sofie <b>Dahl</b>' }).getAttribute('href');
    // A mailto: link is a navigation, which the page's policy leaves alone: it still opens the mail program.
    expect(mailto).toMatch(/^mailto:/);
    const link = /https?:\/\/[^\s]+activate\.html#token=[A-Za-z0-9_-]+/.exec(decodeURIComponent(mailto ?? ''))?.[0];
    expect(link).toBeTruthy();
    await dialog().getByRole('button', { name: 'Close' }).click();

    const customer = await policy.newPage(browser);
    await customer.goto(link!);
    const activation = customer.locator('contact-activation');
    await expect.poll(() => activation.getByRole('heading', { name: 'Welcome, Sofie <b>Dahl</b>' }).count()).toBe(1);
    await activation.getByLabel('Password', { exact: true }).fill('sofie-demo-password');
    await activation.getByLabel('Repeat password').fill('sofie-demo-password');
    await activation.getByLabel('I accept the terms of service').check();
    await activation.getByRole('button', { name: 'Activate my account' }).click();
    await expect.poll(() => activation.getByRole('heading', { name: 'Your account is active' }).count()).toBe(1);
    expect(customer.url()).not.toContain('token=');

    // The admin's table shows her Active once it loads again.
    await table().getByLabel('Search').fill('kystmedia ');
    await expect.poll(() => row('Sofie <b>Dahl</b>').getByRole('gridcell').nth(3).textContent()).toContain('Active');
  });
});
