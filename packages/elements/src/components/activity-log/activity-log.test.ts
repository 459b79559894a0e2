import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { ActivityLog } from './activity-log.js';
import { activityFixture, type ActivityFixture } from '../../test-support/fixtures.js';
import { allWithin, shown, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: ActivityFixture, token: string, pageSize = 50) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><activity-log page-size=${pageSize}></activity-log></foyer-provider>
  `);
  provider.token = token;
  return provider.querySelector<ActivityLog>('activity-log')!;
}

const rows = (log: Element) => allWithin<HTMLTableRowElement>(log, 'tbody tr');

/** Chooses an option of one of the filter's selects, as a person would. */
function choose(log: Element, id: string, value: string): void {
  const select = within<HTMLSelectElement>(log, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function show(log: Element): void {
  within<HTMLButtonElement>(log, 'button[type="submit"]').click();
}

/** Waits for a fresh answer: the table or the empty sentence, not the loading one. */
async function settled(log: ActivityLog): Promise<void> {
  await waitUntil(() => log.entries !== undefined && !log.loading, 'the activity never loaded', { timeout: 8000 });
  await log.updateComplete;
}

describe('activity-log', function () {
  // A real server seeds two accounts (each password hashed with argon2) before each test starts.
  this.timeout(30_000);

  it('shows the owner every change, newest first, with who made it and what it was', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token);
    await shown(log, 'table');
    const all = rows(log);
    expect(text(all[0])).to.include('Created a client access').and.to.include('Ada Owner');
    const galleries = all.filter((r) => r.dataset.action === 'galleries.create');
    expect(galleries.map((r) => text(r.querySelector('th')))).to.have.length(4);
    expect(galleries.filter((r) => text(r).includes('Sam Assistant') && text(r).includes('Team member'))).to.have.length(2);
    expect(galleries.every((r) => text(r).includes('Created a gallery'))).to.equal(true);
    const times = all.map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    expect(text(within(log, '[part="status"]'))).to.match(/Showing \d+ entries\./);
    await expect(log).to.be.accessible();
  });

  it('filtering by a person shows only that person’s changes', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token);
    await shown(log, 'table');
    await waitUntil(() => within(log, '#actor').querySelectorAll('option').length > 1, 'the team never loaded into the filter');
    choose(log, 'actor', f.assistant.identityId);
    show(log);
    await settled(log);
    await waitUntil(() => rows(log).length > 0 && rows(log).every((r) => r.dataset.actor === f.assistant.identityId));
    expect(rows(log).filter((r) => r.dataset.action === 'galleries.create')).to.have.length(2);
    expect(rows(log).some((r) => text(r).includes('Ada Owner'))).to.equal(false);
    await expect(log).to.be.accessible();
  });

  it('filtering by an area, or by an action typed by name, shows only those changes', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token);
    await shown(log, 'table');
    choose(log, 'action', 'accesses');
    show(log);
    await settled(log);
    await waitUntil(() => rows(log).length === 1);
    expect(rows(log)[0]!.dataset.action).to.equal('accesses.create');

    choose(log, 'action', '');
    await typeInto(within(log, '#action-text'), 'galleries.create');
    show(log);
    await settled(log);
    await waitUntil(() => rows(log).length === 4);
    expect(rows(log).every((r) => r.dataset.action === 'galleries.create')).to.equal(true);
    await expect(log).to.be.accessible();
  });

  it('an action that is not a name says so and asks nothing of the server', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token);
    await shown(log, 'table');
    const before = rows(log).length;
    await typeInto(within(log, '#action-text'), 'members invite!');
    show(log);
    await shown(log, '#action-error', 'Enter an action such as members.invite');
    expect(within(log, '#action-text').getAttribute('aria-invalid')).to.equal('true');
    expect(rows(log)).to.have.length(before);
    await expect(log).to.be.accessible();
  });

  it('a period with no changes in it shows the empty state', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token);
    await shown(log, 'table');
    within<HTMLInputElement>(log, '#from').value = '2000-01-01';
    within<HTMLInputElement>(log, '#to').value = '2000-01-02';
    show(log);
    await shown(log, '[part="empty"]', 'No activity matches these filters.');
    expect(log.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(log).to.be.accessible();

    // A period around today (yesterday to tomorrow, the reader's local days) holds every change again.
    const day = (offset: number) => {
      const d = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    within<HTMLInputElement>(log, '#from').value = day(-1);
    within<HTMLInputElement>(log, '#to').value = day(1);
    show(log);
    await shown(log, 'table');
    expect(rows(log).filter((r) => r.dataset.action === 'galleries.create')).to.have.length(4);
  });

  it('"Load more" reads the next page after the last one', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.owner.token, 2);
    await shown(log, 'table');
    expect(rows(log)).to.have.length(2);
    await shown(log, '[part="status"]', 'Showing 2 entries; more are available.');
    const first = rows(log).map((r) => text(r));
    within<HTMLButtonElement>(log, 'button.more').click();
    await waitUntil(() => rows(log).length === 4, 'the second page never came');
    expect(
      rows(log)
        .slice(0, 2)
        .map((r) => text(r)),
    ).to.deep.equal(first);
    const times = rows(log).map((r) => r.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort().reverse()).to.deep.equal(times);
    await expect(log).to.be.accessible();
  });

  it('a member whose role does not include viewing activity is told so in a sentence', async () => {
    const f = await activityFixture();
    const log = await mount(f, f.assistant.token);
    await shown(log, '[role="alert"]', 'Your role in this workspace does not allow viewing its activity.');
    expect(log.shadowRoot!.querySelector('table')).to.equal(null);
    expect(log.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(log).to.be.accessible();
  });
});
