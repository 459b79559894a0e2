import type { ListTicketsInput, TicketProductFilter, TicketSort, TicketStatus, TicketType } from '@foyer/schema';
import type { GridSort } from '../../internal/data-grid/keyset-pages.js';

/** The columns the list sorts by: when a ticket was opened (either way), and when it last changed (latest first). */
export type TicketSortColumn = 'openedAt' | 'changedAt';

/** What the table asks the server for: the sort, the filters and the three searches, as typed. */
export interface TicketQuery {
  sort: GridSort<TicketSortColumn>;
  /** A linked account's handle; empty for every account the person works in. */
  account: string;
  type: TicketType | '';
  productKind: TicketProductFilter;
  status: TicketStatus[];
  customerEmail: string;
  ticketNumber: string;
  receiptNumber: string;
}

export const initialTicketQuery: TicketQuery = {
  sort: { column: 'openedAt', direction: 'desc' },
  account: '',
  type: '',
  productKind: 'both',
  status: [],
  customerEmail: '',
  ticketNumber: '',
  receiptNumber: '',
};

/** A click on a column's header: Opened turns around; Changed shows the latest changes first, the one order the server keeps. */
export function nextTicketSort(current: GridSort<TicketSortColumn>, column: TicketSortColumn): GridSort<TicketSortColumn> {
  if (column === 'changedAt') return { column, direction: 'desc' };
  return { column, direction: current.column === 'openedAt' && current.direction === 'desc' ? 'asc' : 'desc' };
}

export function serverSort(sort: GridSort<TicketSortColumn>): TicketSort {
  if (sort.column === 'changedAt') return 'changed';
  return sort.direction === 'asc' ? 'oldest' : 'newest';
}

/** A ticket number as typed: a whole number, or nothing to search by. Anything else is sent as it is, for the server to refuse. */
function ticketNumberOf(text: string): number | string {
  const trimmed = text.trim().replace(/^#/, '');
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** The list's input for one page; searches that are empty are left out. */
export function listInput(q: TicketQuery, workspace: string, after: string | undefined, limit: number): ListTicketsInput {
  const email = q.customerEmail.trim();
  const number = q.ticketNumber.trim();
  const receipt = q.receiptNumber.trim();
  return {
    workspace,
    sort: serverSort(q.sort),
    productKind: q.productKind,
    ...(q.account ? { account: q.account } : {}),
    ...(q.type ? { type: q.type } : {}),
    ...(q.status.length > 0 ? { status: q.status } : {}),
    ...(email ? { customerEmail: email } : {}),
    // A number the server refuses is named in its answer, at the field.
    ...(number ? { ticketNumber: ticketNumberOf(number) as number } : {}),
    ...(receipt ? { receiptNumber: receipt } : {}),
    ...(after ? { after } : {}),
    limit,
  };
}

/** Whether the person is searching: the server then counts up to its cap and gives no counts per status. */
export function isSearching(q: TicketQuery): boolean {
  return q.customerEmail.trim() !== '' || q.ticketNumber.trim() !== '' || q.receiptNumber.trim() !== '';
}

/** Whether a query narrows the list: the empty state then says nothing matched, not that nothing exists. */
export function isFiltered(q: TicketQuery): boolean {
  return isSearching(q) || q.account !== '' || q.type !== '' || q.productKind !== 'both' || q.status.length > 0;
}
