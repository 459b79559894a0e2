import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ReportView } from './report-view.js';
import { reportDeskFixture, type ReportDeskFixture } from '../../test-support/report-fixtures.js';
import { allWithin, press, shown, textOf, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const today = new Date().toISOString().slice(0, 10);

async function mount(f: ReportDeskFixture, token: string, options: { report?: string } = {}) {
  // fixtureSync: a page the runner opens behind another gets no animation frames, which fixture() awaits.
  const page = fixtureSync<HTMLDivElement>(html`
    <div lang="en">
      <foyer-provider server=${f.api} workspace=${f.master.handle} persist="none"><report-view report=${options.report ?? 'tickets-created'}></report-view></foyer-provider>
    </div>
  `);
  page.querySelector<FoyerProvider>('foyer-provider')!.token = token;
  const view = page.querySelector<ReportView>('report-view')!;
  await settled(view);
  return { page, view };
}

/** Waits until the report asked for has arrived (or was refused) and is rendered. */
async function settled(view: ReportView): Promise<void> {
  await waitUntil(() => !view.loading && (view.counted !== undefined || view.changes !== undefined || view.loadError !== ''), 'the report never arrived', { timeout: 10000 });
  await view.updateComplete;
}

/** The chart once it is drawn for the answer shown (the chart's code arrives by a dynamic import). */
async function drawnChart(view: ReportView): Promise<Chart> {
  await waitUntil(
    () => {
      const canvas = view.shadowRoot?.querySelector('canvas');
      return canvas && Chart.getChart(canvas) && !view.loading;
    },
    'the chart was never drawn',
    { timeout: 10000 },
  );
  await view.updateComplete;
  return Chart.getChart(within<HTMLCanvasElement>(view, 'canvas'))!;
}

/** Chooses in a select as a person does: focused, moved with the arrow keys until the option shows. */
async function choose(view: ReportView, selector: string, label: string): Promise<void> {
  const select = within<HTMLSelectElement>(view, selector);
  const target = [...select.options].findIndex((o) => text(o) === label);
  expect(target, `${selector} offers “${label}”`).to.be.at.least(0);
  select.focus();
  while (select.selectedIndex !== target) await press(select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
  await settled(view);
}

/** The data table's rows: the place, then each value, as shown. */
function tableOf(view: ReportView): { head: string[]; rows: string[][] } {
  const table = within(view, '[part~="data-table"]');
  return {
    head: [...table.querySelectorAll('thead th')].map(text),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)),
  };
}

const dayName = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

describe('report-view', function () {
  // A real server seeds the master account, its users and today's tickets (argon2 on purpose).
  this.timeout(60_000);
  let f: ReportDeskFixture;
  before(async () => {
    f = await reportDeskFixture();
  });

  it('charts the tickets created today by type, in the legend’s colours, with its numbers in a table', async () => {
    const { view } = await mount(f, f.owner.token);
    const chart = await drawnChart(view);
    expect(allWithin(view, '[part~="legend-item"]').map(text)).to.deep.equal(['Technical support', 'Refund']);
    expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['Technical support', 'Refund']);
    expect(chart.data.labels).to.have.length(30);
    expect(chart.data.datasets.map((d) => d.data.at(-1))).to.deep.equal([2, 1]);
    const swatches = allWithin(view, '[part~="swatch"]').map((s) => getComputedStyle(s).backgroundColor);
    expect(chart.data.datasets.map((d) => d.backgroundColor)).to.deep.equal(swatches);
    expect(within(view, 'canvas').getAttribute('aria-label')).to.include('Technical support, Refund');
    within(view, 'details summary').click();
    await shown(view, '[part~="data-table"]');
    expect(tableOf(view)).to.deep.equal({ head: ['Day', 'Technical support', 'Refund', 'Total'], rows: [[dayName(today), '2', '1', '3']] });
    expect(textOf(view, '[part~="status"]')).to.include('Tickets created from').and.include('of all your accounts');
    await expect(view).to.be.accessible();
  });

  it('changes report, account and third party from the keyboard, and asks the server each time', async () => {
    const { view } = await mount(f, f.owner.token);
    await choose(view, '#report', 'Ticket changes');
    await drawnChart(view);
    expect(allWithin(view, '[part~="legend-item"]').map(text)).to.deep.equal(['Technical support to Refund', 'Reopened', 'Closed']);
    within(view, 'details summary').click();
    expect(tableOf(view).rows).to.deep.equal([[dayName(today), '1', '1', '2', '4']]);
    await choose(view, '#account', `${f.accounts[1]!.name} (${f.accounts[1]!.handle})`);
    expect(tableOf(view).rows).to.deep.equal([[dayName(today), '1', '1', '2']]);
    expect(tableOf(view).head).to.deep.equal(['Day', 'Reopened', 'Closed', 'Total']);
    await choose(view, '#report', 'Tickets closed by third parties');
    expect(textOf(view, '[part~="empty"]')).to.equal('Nothing this report counts happened in this period.');
    await choose(view, '#account', 'All accounts');
    await drawnChart(view);
    expect(allWithin(view, '[part~="legend-item"]').map(text)).to.deep.equal([f.users.orders.name]);
    await choose(view, '#third-party', `${f.users.full.name} (${f.users.full.email})`);
    expect(textOf(view, '[part~="empty"]')).to.equal('Nothing this report counts happened in this period.');
    await expect(view).to.be.accessible();
  });

  it('counts the tickets each third party worked on by type, a bar for each', async () => {
    const { view } = await mount(f, f.owner.token, { report: 'third-party-tickets-by-type' });
    const chart = await drawnChart(view);
    expect(chart.data.labels).to.deep.equal([f.users.full.name, f.users.orders.name, 'Shop Backend']);
    within(view, 'details summary').click();
    expect(tableOf(view)).to.deep.equal({
      head: ['Third party', 'Technical support', 'Refund', 'Total'],
      rows: [
        [f.users.full.name, '1', '0', '1'],
        [f.users.orders.name, '0', '1', '1'],
        ['Shop Backend', '2', '1', '3'],
      ],
    });
  });

  it('lists one third party’s changes, newest first, a comment’s text as it was written', async () => {
    const { view } = await mount(f, f.owner.token, { report: 'third-party-changes' });
    const select = within<HTMLSelectElement>(view, '#third-party');
    // One third party at a time: there is no “All third parties” here.
    expect([...select.options].map(text)).to.not.include('All third parties');
    await choose(view, '#third-party', `${f.users.orders.name} (${f.users.orders.email})`);
    const rows = allWithin(view, '[part~="list"] tbody tr');
    expect(rows.map((r) => text(r.querySelector('td:last-child')))).to.deep.equal([
      'Closed the ticket.',
      'Commented: =1+1 is not a formula',
      'Changed the type from Technical support to Refund.',
    ]);
    expect(rows.map((r) => r.dataset.ticket)).to.deep.equal([String(f.tickets.n1), String(f.tickets.n1), String(f.tickets.n1)]);
    expect(text(rows[0]!.querySelector('td:nth-child(4)'))).to.equal(`${f.users.orders.name} (third party)`);
    await expect(view).to.be.accessible();
  });

  it('pages through the comments with “Show more”, focus staying in the list', async () => {
    const { view } = await mount(f, f.owner.token, { report: 'third-party-comments' });
    expect(allWithin(view, '[part~="list"] tbody tr')).to.have.length(50);
    const more = within<HTMLButtonElement>(view, '[part~="more"]');
    more.focus();
    await press('Enter');
    await waitUntil(() => view.changes?.length === f.franComments + 1 && !view.loadingMore, 'the second page never came');
    await view.updateComplete;
    expect(allWithin(view, '[part~="list"] tbody tr')).to.have.length(f.franComments + 1);
    expect(view.shadowRoot!.querySelector('[part~="more"]')).to.equal(null);
    expect(view.shadowRoot!.activeElement?.classList.contains('list-wrap')).to.equal(true);
    const texts = allWithin(view, '[part~="list"] tbody tr').map((r) => text(r.querySelector('q')));
    expect(new Set(texts).size).to.equal(texts.length);
    expect(texts).to.include('=1+1 is not a formula');
  });

  it('downloads the report shown as a CSV file with the same numbers', async () => {
    const { view } = await mount(f, f.owner.token);
    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      within<HTMLButtonElement>(view, '[part~="download"]').click();
      await shown(view, '[part~="status"]', '.csv saved.');
    } finally {
      URL.createObjectURL = original;
    }
    expect(textOf(view, '[part~="status"]')).to.match(/^report-tickets-created_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv saved\.$/);
    const lines = (await saved[0]!.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.equal('Day (UTC),Support,Refund,Cancellation,All types');
    expect(lines).to.have.length(31);
    expect(lines.at(-1)).to.equal(`${today},2,1,0,3`);
  });

  it('shows a user with Manage users its own accounts only', async () => {
    const { view } = await mount(f, f.users.manager.token, { report: 'third-party-comments' });
    expect([...within<HTMLSelectElement>(view, '#account').options].map(text)).to.deep.equal(['All accounts', `${f.accounts[0]!.name} (${f.accounts[0]!.handle})`]);
    expect(allWithin(view, '[part~="list"] tbody tr').map((r) => text(r.querySelector('q')))).to.deep.equal(['=1+1 is not a formula']);
  });

  it('tells a user without Reports so, and shows nothing else', async () => {
    const { view } = await mount(f, f.users.orders.token);
    expect(textOf(view, '[part~="error"]')).to.equal('Your permissions in this master account do not include Reports.');
    expect(view.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('says what is wrong with a period that ends before it starts, and asks nothing', async () => {
    const { view } = await mount(f, f.owner.token);
    const from = within<HTMLInputElement>(view, '#from');
    const to = within<HTMLInputElement>(view, '#to');
    from.value = '2026-03-31';
    to.value = '2026-03-01';
    const asked = view.counted;
    to.focus();
    await press('Enter');
    await view.updateComplete;
    expect(textOf(view, '[part~="error"].period-error')).to.equal('The period must not end before it starts.');
    expect(view.counted).to.equal(asked);
    expect(from.getAttribute('aria-invalid')).to.equal('true');
  });

  it('keeps two reports on one page apart', async () => {
    const page = fixtureSync<HTMLDivElement>(html`
      <div lang="en">
        <foyer-provider server=${f.api} workspace=${f.master.handle} persist="none">
          <report-view report="tickets-created"></report-view>
          <report-view report="third-party-comments"></report-view>
        </foyer-provider>
      </div>
    `);
    page.querySelector<FoyerProvider>('foyer-provider')!.token = f.owner.token;
    const [created, comments] = [...page.querySelectorAll<ReportView>('report-view')] as [ReportView, ReportView];
    await Promise.all([settled(created), settled(comments)]);
    await drawnChart(created);
    expect(comments.changes).to.have.length(50);
    await choose(created, '#account', `${f.accounts[0]!.name} (${f.accounts[0]!.handle})`);
    expect(within<HTMLSelectElement>(comments, '#account').value).to.equal('');
    expect(comments.changes).to.have.length(50);
    expect(allWithin(created, '[part~="legend-item"]').map(text)).to.deep.equal(['Technical support', 'Refund']);
  });
});
