import type { MasterShellFixture, MasterShellUser } from './master-shell-fixtures.js';

/**
 * A master account's ticket desk (`/fixture/ticket-desk`); see test/ticket-fixtures.mjs for
 * the sales and tickets of North and South.
 */
export interface TicketDeskFixture extends MasterShellFixture {
  users: MasterShellFixture['users'] & {
    /** Search orders alone, North. */
    searcher: MasterShellUser;
  };
  /** The named tickets' numbers: ada, bea, cleo (closed), dan (reopened, no sale) in North; eve, fay (closed) in South. */
  tickets: { ada: number; bea: number; cleo: number; dan: number; eve: number; fay: number };
  /** North's sixteen open support tickets, in the order opened. */
  fillers: number[];
}

export async function ticketDeskFixture(): Promise<TicketDeskFixture> {
  const response = await fetch('/fixture/ticket-desk', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}
