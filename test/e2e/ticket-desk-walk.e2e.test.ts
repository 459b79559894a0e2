import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startDemo } from '@foyer/demo';
import { callProcedure } from './api-call.js';
import { launchChromium } from './browser.js';
import { PolicyWatch } from './policy.js';

type Demo = Awaited<ReturnType<typeof startDemo>>;

/**
 * A customer-service manager's day on the demo's marketplace page. A customer of Keto Kitchen
 * writes to the shop; the shop's back-end records the sale and opens a refund ticket through
 * the API with its key. Priya, who works Keto Kitchen's and Fretboard Academy's tickets, signs
 * in, finds the ticket by the receipt number the customer gave, refunds half of the sale after
 * a question naming the amount and the account, writes why, and closes it. The transaction
 * search shows the refund beside the sale, and the report of her changes lists what she did.
 */
describe('a helper’s day at the ticket desk on the demo site', () => {
  let demo: Demo;
  let browser: Browser;
  let page: Page;
  const policy = new PolicyWatch();
  const receiptNumber = 'KK-2026-E2E-0417';
  const customer = { name: 'Lena Vogt', email: 'lena.vogt@example.com' };
  let ticket = 0;

  beforeAll(async () => {
    demo = await startDemo({ port: 0, inMemory: true, quiet: true });
    browser = await launchChromium();
    page = await policy.newPage(browser);
  });
  afterEach(() => expect(policy.violations.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  const priya = () => demo.marketplace.users.find((u) => u.email.startsWith('priya@'))!;
  const master = () => page.locator('master-account');
  const detail = () => page.locator('ticket-detail');
  /** A fact of the ticket's detail (its dt and dd), as the helper reads it. */
  const fact = (scope: Locator, name: string) => scope.locator('.fact', { has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd');

  it('receives the customer’s ticket from the shop’s back-end, with the receipt of the sale', async () => {
    const { key } = demo.marketplace.apiKey;
    const keto = demo.marketplace.accounts.find((a) => a.handle === 'ketokitchen')!;
    await callProcedure(
      demo.apiUrl,
      'sales.record',
      { workspace: keto.handle, receiptNumber, kind: 'sale', occurredAt: new Date().toISOString(), productSku: keto.products[0]!.sku, customer, amount: 5900, currency: 'USD' },
      key,
    );
    const opened = await callProcedure(
      demo.apiUrl,
      'tickets.open',
      { workspace: keto.handle, type: 'refund', customerEmail: customer.email, receiptNumber, comment: 'I bought the wrong plan. Could I have half back?' },
      key,
    );
    ticket = opened.number as number;
    expect(ticket).toBeGreaterThan(0);
  });

  it('signs Priya in, who sees the tickets, transactions, reports and users but never the money’s dashboard', async () => {
    await page.goto(`${demo.url}marketplace.html`);
    const signIn = page.locator('#master-provider foyer-sign-in');
    await signIn.getByLabel('Email').fill(priya().email);
    await signIn.getByLabel('Password').fill(priya().password!);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(async () => (await master().getByRole('tab').allTextContents()).map((t) => t.trim()), { timeout: 15_000 }).toEqual(['Tickets', 'Transactions', 'Reports', 'Users']);
  });

  it('finds the ticket by its receipt number and opens it with its order', async () => {
    await master().getByRole('tab', { name: 'Tickets' }).click();
    const table = page.locator('ticket-table');
    await table.getByLabel('Receipt number').fill(receiptNumber.toLowerCase());
    const open = table.getByRole('button', { name: `Open ticket #${ticket}` });
    await expect.poll(() => table.locator('[role="row"]').count(), { timeout: 15_000 }).toBe(2);
    await open.click();
    await expect.poll(() => fact(detail(), 'Status').first().textContent(), { timeout: 10_000 }).toContain('Open');
    const order = detail().locator('[part~="order"]');
    expect(await fact(order, 'Customer').textContent()).toContain(customer.name);
    expect((await fact(order, 'Left to refund').textContent())?.trim()).toBe('$59.00');
  });

  it('refunds half of the sale after a question naming the amount, the customer and the account', async () => {
    await detail().getByRole('button', { name: 'Refund', exact: true }).click();
    await detail().getByLabel('Part of it').check();
    await detail().getByLabel('Amount in USD').fill('29.50');
    await detail().getByRole('button', { name: 'Continue' }).click();
    const consequence = detail().locator('[part~="consequence"]');
    await expect.poll(() => consequence.textContent()).toContain(`$29.50 of receipt ${receiptNumber} goes back to ${customer.name}`);
    expect(await consequence.textContent()).toContain('recorded as a transaction of Keto Kitchen');
    await detail().getByRole('button', { name: 'Refund $29.50' }).click();
    const order = detail().locator('[part~="order"]');
    await expect.poll(async () => (await fact(order, 'Refunded').textContent())?.trim(), { timeout: 10_000 }).toBe('$29.50');
    expect((await fact(order, 'Left to refund').textContent())?.trim()).toBe('$29.50');
  });

  it('writes why in a comment and closes the ticket; the history holds every step under her name', async () => {
    await detail().getByLabel('Add a comment').fill('Refunded half: the customer moves to the monthly plan.');
    await detail().getByRole('button', { name: 'Add comment' }).click();
    await expect.poll(() => detail().locator('[part~="change"]').count(), { timeout: 10_000 }).toBe(3);
    await detail().getByRole('button', { name: 'Close the ticket' }).click();
    await expect.poll(async () => (await fact(detail(), 'Status').first().textContent())?.trim(), { timeout: 10_000 }).toBe('Closed');
    const history = (await detail().locator('[part~="change"]').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(history).toHaveLength(4);
    expect(history[1]).toContain('Refunded $29.50.');
    expect(history[2]).toContain('Refunded half: the customer moves to the monthly plan.');
    expect(history[3]).toContain('Closed the ticket.');
    for (const change of history.slice(1)) expect(change).toContain('Priya Nair');
    await page.keyboard.press('Escape');
  });

  it('finds the refund beside the sale in the transaction search', async () => {
    await master().getByRole('tab', { name: 'Transactions' }).click();
    const table = page.locator('transaction-table');
    await table.getByLabel('Receipt number').fill(receiptNumber);
    await table.getByRole('button', { name: 'Search', exact: true }).click();
    // The header row and the two transactions under the receipt: the sale and its refund.
    await expect.poll(() => table.locator('[role="row"]').count(), { timeout: 15_000 }).toBe(3);
    const rows = (await table.locator('[role="row"]').allTextContents()).join(' ');
    expect(rows).toContain('Sale');
    expect(rows).toContain('Refund');
  });

  it('shows in the report of her changes what she did today, newest first', async () => {
    await master().getByRole('tab', { name: 'Reports' }).click();
    const reports = page.locator('report-view');
    await reports.getByLabel('Report', { exact: true }).selectOption({ label: 'Changes by a third party' });
    await reports.getByLabel('Third party', { exact: true }).selectOption({ label: `Priya Nair (${priya().email})` });
    const rows = reports.locator(`[part~="list"] tbody tr[data-ticket="${ticket}"]`);
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);
    const what = (await rows.allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(what[0]).toContain('Closed the ticket.');
    expect(what[1]).toContain('Commented');
    expect(what[2]).toContain('Refunded $29.50.');
    for (const row of what) expect(row).toContain('Keto Kitchen');
  });
});
