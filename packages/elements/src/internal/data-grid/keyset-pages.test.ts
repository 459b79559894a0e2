import { expect } from '@open-wc/testing';
import type { ContactRow, ContactsPage } from '@foyer/schema';
import type { ContactQuery } from '../../components/contacts-table/contact-query.js';
import { KeysetPages, nextSort } from './keyset-pages.js';
import { rowWindow, visibleRowCount } from './row-window.js';

type ContactPage = ContactsPage;
const ContactPages = KeysetPages<ContactRow, ContactQuery, ContactPage>;

/** A host that counts the updates the pages ask for, as a Lit element would schedule them. */
function host() {
  return {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

function row(name: string): ContactRow {
  return {
    id: name,
    name,
    email: `${name}@example.com`,
    company: null,
    status: 'unregistered',
    invitationSent: false,
    termsAcceptedAt: null,
    createdAt: '2026-11-23T12:00:00.000Z',
    actions: ['delete'],
  };
}

function query(search: string): ContactQuery {
  return { sort: { column: 'name', direction: 'asc' }, status: [], invitationSent: undefined, search };
}

/** Answers the pages' requests by hand, in whatever order the test chooses. */
function server() {
  const waiting: Array<{ search: string; after: string | undefined; answer: (page: ContactPage) => void }> = [];
  const fetchPage = (q: ContactQuery, after: string | undefined) => new Promise<ContactPage>((answer) => waiting.push({ search: q.search, after, answer }));
  return { waiting, fetchPage };
}

describe('keyset pages', () => {
  it('an answer to an older search never replaces the rows of a newer one', async () => {
    const s = server();
    const pages = new ContactPages(host(), s.fetchPage);
    const first = pages.restart(query('ad'));
    const second = pages.restart(query('ada'));
    // The newer search answers first, the older one last.
    s.waiting[1]!.answer({ rows: [row('Ada')], nextCursor: null, total: 1, totalExact: true });
    await second;
    s.waiting[0]!.answer({ rows: [row('Adam'), row('Ada')], nextCursor: 'c1', total: 2, totalExact: true });
    await first;
    expect(pages.rows.map((r) => r.name)).to.deep.equal(['Ada']);
    expect(pages.total).to.equal(1);
    expect(pages.loadedQuery?.search).to.equal('ada');
    expect(pages.loadingFirst).to.equal(false);
  });

  it('a next page asked for under an older search is dropped when a new search starts', async () => {
    const s = server();
    const pages = new ContactPages(host(), s.fetchPage);
    const started = pages.restart(query(''));
    s.waiting[0]!.answer({ rows: [row('A'), row('B')], nextCursor: 'after-b', total: 4, totalExact: true });
    await started;
    const more = pages.loadMore();
    expect(s.waiting[1]!.after).to.equal('after-b');
    const restarted = pages.restart(query('c'));
    s.waiting[2]!.answer({ rows: [row('C')], nextCursor: null, total: 1, totalExact: true });
    await restarted;
    s.waiting[1]!.answer({ rows: [row('C'), row('D')], nextCursor: null, total: 4, totalExact: true });
    await more;
    expect(pages.rows.map((r) => r.name)).to.deep.equal(['C']);
    expect(pages.hasMore).to.equal(false);
  });

  it('loads one next page at a time along the cursor, and shows a row that moved between pages once', async () => {
    const s = server();
    const pages = new ContactPages(host(), s.fetchPage);
    const started = pages.restart(query(''));
    s.waiting[0]!.answer({ rows: [row('A'), row('B')], nextCursor: 'after-b', total: 5, totalExact: true });
    await started;
    const more = pages.loadMore();
    void pages.loadMore();
    expect(s.waiting.length).to.equal(2);
    s.waiting[1]!.answer({ rows: [row('B'), row('C'), row('D')], nextCursor: 'after-d', total: 5, totalExact: true });
    await more;
    expect(pages.rows.map((r) => r.name)).to.deep.equal(['A', 'B', 'C', 'D']);
    expect(pages.nextCursor).to.equal('after-d');
  });
});

describe('row window', () => {
  it('holds the visible rows and the overscan on each side, never beyond the list', () => {
    expect(visibleRowCount(440, 44)).to.equal(11);
    expect(rowWindow({ scrollTop: 0, viewportHeight: 440, rowHeight: 44, rowCount: 5000, overscan: 6 })).to.deep.equal({ start: 0, end: 17 });
    expect(rowWindow({ scrollTop: 44 * 1000, viewportHeight: 440, rowHeight: 44, rowCount: 5000, overscan: 6 })).to.deep.equal({ start: 994, end: 1017 });
    expect(rowWindow({ scrollTop: 44 * 4995, viewportHeight: 440, rowHeight: 44, rowCount: 5000, overscan: 6 })).to.deep.equal({ start: 4989, end: 5000 });
    expect(rowWindow({ scrollTop: 0, viewportHeight: 440, rowHeight: 44, rowCount: 0, overscan: 6 })).to.deep.equal({ start: 0, end: 0 });
  });
});

describe('sort', () => {
  it('a click on the sorted column turns it around, and another column starts ascending', () => {
    expect(nextSort({ column: 'name', direction: 'asc' }, 'name')).to.deep.equal({ column: 'name', direction: 'desc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'name')).to.deep.equal({ column: 'name', direction: 'asc' });
    expect(nextSort({ column: 'name', direction: 'desc' }, 'email')).to.deep.equal({ column: 'email', direction: 'asc' });
  });
});
