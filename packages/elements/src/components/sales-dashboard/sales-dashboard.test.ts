import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { createFoyerApi } from '@foyer/client';
import type { Dashboard } from '@foyer/schema';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { SalesDashboard } from './sales-dashboard.js';
import { marketplaceDashboardFixture, type MarketplaceDashboardFixture } from '../../test-support/marketplace-fixtures.js';
import { allWithin, press, shown, textOf, within } from '../../test-support/interaction.js';
import { presetPeriod, type Period } from '../../internal/period/period.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Money as an English page writes it, from cents: the numbers the element must show. */
const money = (minor: number, currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);
const count = (n: number) => new Intl.NumberFormat('en').format(n);

async function mount(f: MarketplaceDashboardFixture, token: string, options: { workspace?: string; style?: string } = {}) {
  // fixtureSync: a page the runner opens behind another gets no animation frames, which fixture() awaits.
  const page = fixtureSync<HTMLDivElement>(html`
    <div lang="en" style=${options.style ?? ''}>
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><sales-dashboard workspace=${options.workspace ?? ''}></sales-dashboard></foyer-provider>
    </div>
  `);
  const provider = page.querySelector<FoyerProvider>('foyer-provider')!;
  provider.token = token;
  return { page, dashboard: page.querySelector<SalesDashboard>('sales-dashboard')! };
}

/** The server's own answer for the period, asked with the owner's session. */
function serverAnswer(f: MarketplaceDashboardFixture, period: Period): Promise<Dashboard> {
  return createFoyerApi({ server: f.api, getToken: () => f.owner.token }).dashboard.sales.query({ workspace: f.workspace, ...period });
}

/** The chart once it is drawn for the answer shown (the chart's code arrives by a dynamic import). */
async function drawnChart(dashboard: SalesDashboard, period?: Period): Promise<Chart> {
  await waitUntil(
    () => {
      const canvas = dashboard.shadowRoot?.querySelector('canvas');
      const chart = canvas ? Chart.getChart(canvas) : undefined;
      return chart && !dashboard.loading && (!period || dashboard.dashboard?.from === period.from);
    },
    'the chart was never drawn',
    { timeout: 10000 },
  );
  await dashboard.updateComplete;
  return Chart.getChart(within<HTMLCanvasElement>(dashboard, 'canvas'))!;
}

/** The server's series as bars: one per account, day and currency that sold. */
function soldBars(answer: Dashboard): Array<{ day: string; account: string; currency: string; count: number; gross: number }> {
  const start = Date.parse(`${answer.from}T00:00:00Z`);
  return answer.series.flatMap((s) =>
    s.count.flatMap((count, i) =>
      count !== 0 || s.gross[i] !== 0 ? [{ day: new Date(start + i * 86_400_000).toISOString().slice(0, 10), account: s.account, currency: s.currency, count, gross: s.gross[i]! }] : [],
    ),
  );
}

/** The values the server gives each account per day of the period, in one currency. */
function barsOf(answer: Dashboard, currency: string, measure: 'gross' | 'count' = 'gross'): number[][] {
  const days: string[] = [];
  for (let t = Date.parse(`${answer.from}T00:00:00Z`); t <= Date.parse(`${answer.to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return answer.accounts.map((a) => days.map((day) => soldBars(answer).find((d) => d.day === day && d.account === a.handle && d.currency === currency)?.[measure] ?? 0));
}

const colours = (chart: Chart) => chart.data.datasets.map((d) => d.backgroundColor);

describe('sales-dashboard', function () {
  // A real server seeds the master account and its sales (argon2 on purpose) before each test.
  this.timeout(30_000);
  let f: MarketplaceDashboardFixture;
  before(async () => {
    f = await marketplaceDashboardFixture();
  });

  it('draws a bar per day for each linked account, in the order and names the legend lists', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    const chart = await drawnChart(dashboard);
    const answer = await serverAnswer(f, presetPeriod('last-30-days'));
    expect(answer.accounts.map((a) => a.name)).to.deep.equal(['Apex Apps', 'Bright Books', 'Clever Courses']);
    // Euros first: more sales were made in them.
    expect(dashboard.currency).to.equal('EUR');
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Apex Apps', 'Bright Books', 'Clever Courses']);
    expect(chart.data.labels).to.have.length(30);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal(barsOf(answer, 'EUR'));
    expect(
      chart.data.datasets[0]!.data.some((v) => Number(v) > 0),
      'Apex Apps has bars',
    ).to.equal(true);
    expect(
      chart.data.datasets[1]!.data.some((v) => Number(v) > 0),
      'Bright Books has bars',
    ).to.equal(true);
    expect(allWithin(dashboard, '[part~="legend-item"]').map((li) => text(li))).to.deep.equal(answer.accounts.map((a) => `${a.name} ${a.handle}`));
    // One colour per account, each the legend swatch's.
    const swatches = allWithin(dashboard, '[part~="swatch"]').map((s) => getComputedStyle(s).backgroundColor);
    expect(new Set(colours(chart)).size).to.equal(3);
    expect(colours(chart)).to.deep.equal(swatches);
    const canvas = within(dashboard, 'canvas');
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.include('Apex Apps, Bright Books, Clever Courses');
    await expect(dashboard).to.be.accessible();
  });

  it('holds the chart’s numbers in a table with a caption and headers, as the server gave them', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const answer = await serverAnswer(f, presetPeriod('last-30-days'));
    const summary = within(dashboard, 'details summary');
    expect(text(summary)).to.equal('Show as table');
    summary.click();
    const table = await shown(dashboard, '[part~="data-table"]');
    expect(text(table.querySelector('caption'))).to.equal('Sales per day in EUR');
    expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Day', 'Apex Apps', 'Bright Books', 'Clever Courses', 'All accounts']);
    const euroDays = [
      ...new Set(
        soldBars(answer)
          .filter((d) => d.currency === 'EUR')
          .map((d) => d.day),
      ),
    ].sort();
    const rows = [...table.querySelectorAll('tbody tr')] as HTMLElement[];
    expect(rows.map((r) => r.dataset.day)).to.deep.equal(euroDays);
    for (const row of rows) {
      const bars = answer.accounts.map((a) => soldBars(answer).find((d) => d.day === row.dataset.day && d.account === a.handle && d.currency === 'EUR')?.gross ?? 0);
      expect([...row.querySelectorAll('td')].map(text), row.dataset.day).to.deep.equal([...bars, bars.reduce((s, v) => s + v, 0)].map((v) => money(v, 'EUR')));
    }
    await expect(dashboard).to.be.accessible();
  });

  it('totals each account and all of them, each currency in its own table, refunds taken off for net', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const answer = await serverAnswer(f, presetPeriod('last-30-days'));
    const tables = allWithin(dashboard, '[part~="totals"]');
    expect(tables.map((t) => t.dataset.currency)).to.deep.equal(['EUR', 'USD']);
    for (const table of tables) {
      const currency = table.dataset.currency!;
      expect(text(table.querySelector('caption'))).to.equal(`Totals in ${currency}`);
      const rows = [...table.querySelectorAll('tbody tr, tfoot tr')] as HTMLElement[];
      expect(rows.map((r) => text(r.querySelector('th')))).to.deep.equal(['Apex Apps', 'Bright Books', 'Clever Courses', 'All accounts']);
      for (const row of rows) {
        const account = row.dataset.account || null;
        const t = answer.totals.find((x) => x.currency === currency && x.account === account) ?? { count: 0, gross: 0, refunds: 0, net: 0 };
        expect([...row.querySelectorAll('td')].map(text), `${currency} ${account}`).to.deep.equal([
          count(t.count),
          money(t.gross, currency),
          money(t.refunds, currency),
          money(t.net, currency),
        ]);
      }
    }
    // The refunds are there to be taken off: Bright Books refunded in euros, Clever Courses was charged back in dollars.
    const all = (currency: string) => answer.totals.find((t) => t.currency === currency && t.account === null)!;
    expect(all('EUR').refunds).to.be.greaterThan(0);
    expect(all('USD').refunds).to.be.greaterThan(0);
    expect(all('EUR').net).to.equal(all('EUR').gross - all('EUR').refunds);
    // Nothing of one currency is added into the other.
    const usd = tables[1]!;
    expect(text(usd.querySelector(`tr[data-account="${f.accounts[1]!.handle}"]`))).to.include(money(0, 'USD'));
  });

  it('charts the other currency, or the number of sales, when chosen', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const answer = await serverAnswer(f, presetPeriod('last-30-days'));
    within<HTMLInputElement>(dashboard, 'input[name="currency"][value="USD"]').click();
    await waitUntil(() => dashboard.currency === 'USD');
    let chart = await drawnChart(dashboard);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal(barsOf(answer, 'USD'));
    expect(
      chart.data.datasets[1]!.data.every((v) => v === 0),
      'Bright Books sold nothing in dollars',
    ).to.equal(true);
    expect(text(within(dashboard, '[part~="data-table"] caption'))).to.equal('Sales per day in USD');
    within<HTMLInputElement>(dashboard, 'input[name="measure"][value="count"]').click();
    await waitUntil(() => dashboard.measure === 'count');
    chart = await drawnChart(dashboard);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal(barsOf(answer, 'USD', 'count'));
  });

  it('asks the server again when the period changes, by a preset or by dates', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const year = presetPeriod('last-12-months');
    within<HTMLButtonElement>(dashboard, 'button[aria-pressed]:nth-of-type(2)').click();
    let chart = await drawnChart(dashboard, year);
    expect(within(dashboard, 'button[aria-pressed="true"]').textContent?.trim()).to.equal('Last 12 months');
    expect(chart.data.labels!.length).to.be.within(365, 366);
    const yearAnswer = await serverAnswer(f, year);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal(barsOf(yearAnswer, 'EUR'));
    const eurAll = within(dashboard, '[part~="totals"][data-currency="EUR"] tfoot td:nth-of-type(2)');
    expect(text(eurAll)).to.equal(money(yearAnswer.totals.find((t) => t.currency === 'EUR' && t.account === null)!.gross, 'EUR'));

    // Ten days chosen by hand, ending ten days ago.
    const to = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const from = new Date(Date.now() - 19 * 86_400_000).toISOString().slice(0, 10);
    within<HTMLInputElement>(dashboard, '#from').value = from;
    within<HTMLInputElement>(dashboard, '#to').value = to;
    within<HTMLButtonElement>(dashboard, 'button[type="submit"]').click();
    chart = await drawnChart(dashboard, { from, to });
    expect(dashboard.shadowRoot!.querySelector('button[aria-pressed="true"]')).to.equal(null);
    expect(chart.data.labels).to.have.length(10);
    expect(chart.data.datasets.map((d) => d.data)).to.deep.equal(barsOf(await serverAnswer(f, { from, to }), 'EUR'));
    expect(textOf(dashboard, '[part~="status"]')).to.include('in UTC days');
  });

  it('works from the keyboard: a preset is chosen with Enter', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const thisYear = allWithin<HTMLButtonElement>(dashboard, '[part~="preset"]')[2]!;
    thisYear.focus();
    await press('Enter');
    const period = presetPeriod('this-year');
    const chart = await drawnChart(dashboard, period);
    expect(thisYear.getAttribute('aria-pressed')).to.equal('true');
    expect(chart.data.labels).to.have.length(Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1);
  });

  it('says what is wrong with a period that ends before it starts, and asks nothing', async () => {
    const { dashboard } = await mount(f, f.owner.token);
    await drawnChart(dashboard);
    const before = dashboard.dashboard;
    within<HTMLInputElement>(dashboard, '#from').value = '2026-03-10';
    within<HTMLInputElement>(dashboard, '#to').value = '2026-03-01';
    within<HTMLButtonElement>(dashboard, 'button[type="submit"]').click();
    await dashboard.updateComplete;
    expect(textOf(dashboard, '#period-error')).to.equal('The period must not end before it starts.');
    expect(within(dashboard, '#to').getAttribute('aria-invalid')).to.equal('true');
    expect(dashboard.loading).to.equal(false);
    expect(dashboard.dashboard).to.equal(before);
    await expect(dashboard).to.be.accessible();
  });

  it('tells a user of the master account, even with every permission, that only the owner sees it', async () => {
    const { dashboard } = await mount(f, f.user.token);
    await shown(dashboard, '[part~="error"][role="alert"]');
    expect(textOf(dashboard, '[role="alert"]')).to.equal('Only the owner of the master account sees its sales dashboard.');
    expect(dashboard.shadowRoot!.querySelector('canvas, table')).to.equal(null);
    await expect(dashboard).to.be.accessible();
  });

  it('tells the owner of a seller account that it is not a master account', async () => {
    const { dashboard } = await mount(f, f.owner.token, { workspace: f.sellerAccount });
    await shown(dashboard, '[role="alert"]');
    expect(textOf(dashboard, '[role="alert"]')).to.equal('This workspace is not a master account. The sales dashboard shows the accounts a master account links.');
  });

  it('colours the accounts from --foyer-chart-1 … set on the page', async () => {
    const { dashboard } = await mount(f, f.owner.token, { style: '--foyer-chart-1: rgb(1, 2, 3); --foyer-chart-3: light-dark(rgb(7, 8, 9), rgb(9, 8, 7))' });
    const chart = await drawnChart(dashboard);
    expect(colours(chart)).to.deep.equal(['rgb(1, 2, 3)', 'rgb(26, 127, 55)', 'rgb(7, 8, 9)']);
  });

  it('draws in the dark scheme’s colours on a page that forces it', async () => {
    const light = await mount(f, f.owner.token);
    const dark = await mount(f, f.owner.token, { style: '--foyer-color-scheme: dark' });
    const [lightChart, darkChart] = [await drawnChart(light.dashboard), await drawnChart(dark.dashboard)];
    expect(colours(lightChart)).to.deep.equal(['rgb(11, 107, 203)', 'rgb(26, 127, 55)', 'rgb(198, 40, 40)']);
    expect(colours(darkChart)).to.deep.equal(['rgb(68, 147, 248)', 'rgb(63, 185, 80)', 'rgb(248, 81, 73)']);
    const ticks = (chart: Chart) => (chart.options.scales!.y!.ticks as { color: string }).color;
    expect([ticks(lightChart), ticks(darkChart)]).to.deep.equal(['rgb(89, 99, 110)', 'rgb(145, 152, 161)']);
  });
});
