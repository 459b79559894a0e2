import type { TicketSort } from '@foyer/schema';
import { badRequest } from '../../errors.js';

/** Where a page ends: the sort it belongs to, the row's sort time (microseconds, UTC) and its number. */
export interface TicketPosition {
  key: string;
  number: number;
}

interface Cursor {
  s: TicketSort;
  k: string;
  n: number;
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The opaque cursor after a row. */
export function encodeCursor(sort: TicketSort, position: TicketPosition): string {
  const cursor: Cursor = { s: sort, k: position.key, n: position.number };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The position a cursor of this sort names, or a refusal: a cursor of another sort, or not one of ours. */
export function decodeCursor(sort: TicketSort, encoded: string): TicketPosition {
  let cursor: Partial<Cursor> | null;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Cursor> | null;
  } catch {
    throw badRequest('INVALID_CURSOR');
  }
  if (
    !cursor ||
    cursor.s !== sort ||
    typeof cursor.k !== 'string' ||
    !instant.test(cursor.k) ||
    Number.isNaN(Date.parse(cursor.k)) ||
    typeof cursor.n !== 'number' ||
    !Number.isSafeInteger(cursor.n) ||
    cursor.n < 1
  ) {
    throw badRequest('INVALID_CURSOR');
  }
  return { key: cursor.k, number: cursor.n };
}
