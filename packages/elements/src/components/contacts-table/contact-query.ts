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

/** The list call's input for one page of `query`: the filters it sets, the search, and the row it starts after. */
export function listInput(workspace: string, query: ContactQuery, after: string | undefined, pageSize: number) {
  const search = query.search.trim();
  return {
    workspace,
    sort: query.sort,
    ...(query.status.length > 0 ? { status: query.status } : {}),
    ...(query.invitationSent !== undefined ? { invitationSent: query.invitationSent } : {}),
    ...(search ? { search } : {}),
    ...(after ? { after } : {}),
    limit: Math.min(200, Math.max(1, Math.round(pageSize) || 100)),
  };
}
