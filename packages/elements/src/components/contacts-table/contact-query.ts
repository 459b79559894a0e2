import type { ContactSortColumn, ContactStatus } from '@foyer/schema';
import type { GridSort } from '../../internal/data-grid/keyset-pages.js';

/** What the table asks the server for: one sort, the filters and the search. */
export interface ContactQuery {
  sort: GridSort<ContactSortColumn>;
  status: ContactStatus[];
  invitationSent: boolean | undefined;
  search: string;
}

/** Whether a query narrows the list: the empty state then says nothing matched, not that nothing exists. */
export function isFiltered(q: ContactQuery): boolean {
  return q.status.length > 0 || q.invitationSent !== undefined || q.search.trim() !== '';
}
