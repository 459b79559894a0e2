import type { ContactSort, ContactSortColumn } from '@foyer/schema';
import { badRequest } from '../../errors.js';

/**
 * Keyset paging over contacts. Each sort column is a tuple of non-null SQL expressions that
 * an index of migration 021 covers, followed by the id; a page continues strictly after the
 * tuple of the previous page's last row, so a page deep in the list costs what the first does.
 */
interface SortKey {
  /** SQL expressions over the `contacts` row, compared as one tuple. */
  expressions: readonly string[];
  /** The parameter casts matching each expression's type. */
  casts: readonly string[];
}

const sortKeys: Record<ContactSortColumn, SortKey> = {
  name: { expressions: ['lower(name)'], casts: ['text'] },
  email: { expressions: ['email'], casts: ['text'] },
  // Nulls come last ascending and first descending: the order is exactly reversed.
  company: { expressions: ['(company is null)', "coalesce(lower(company), '')"], casts: ['boolean', 'text'] },
  status: { expressions: ['status_rank'], casts: ['smallint'] },
  invitationSent: { expressions: ['invitation_sent'], casts: ['boolean'] },
  termsAcceptedAt: {
    expressions: ['(terms_accepted_at is null)', 'coalesce(terms_accepted_at, to_timestamp(0))'],
    casts: ['boolean', 'timestamptz'],
  },
};

export function sortKeyOf(sort: ContactSort): SortKey {
  return sortKeys[sort.column];
}

/** `order by` for the sort, id last. */
export function orderBy(sort: ContactSort): string {
  const direction = sort.direction === 'desc' ? 'desc' : 'asc';
  return [...sortKeys[sort.column].expressions, 'id'].map((e) => `${e} ${direction}`).join(', ');
}

/** The sort values selected with each row, named k0, k1, … for the cursor. */
export function keyColumns(sort: ContactSort): string {
  return sortKeys[sort.column].expressions.map((e, i) => `${e} as k${i}`).join(', ');
}

type CursorValue = string | number | boolean;

interface Cursor {
  column: ContactSortColumn;
  direction: 'asc' | 'desc';
  values: CursorValue[];
  id: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor after a row: its sort values and id, and the sort they belong to. */
export function encodeCursor(sort: ContactSort, row: Record<string, unknown>): string {
  const key = sortKeys[sort.column];
  const values = key.expressions.map((_, i) => {
    const value = row[`k${i}`];
    return value instanceof Date ? value.toISOString() : (value as CursorValue);
  });
  const cursor: Cursor = { column: sort.column, direction: sort.direction, values, id: String(row.id) };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The `where` that continues after the cursor, or a refusal naming the field. */
export function afterCursor(sort: ContactSort, encoded: string): { sql: string; bindings: CursorValue[] } {
  const invalid = () => badRequest('CURSOR_INVALID');
  let cursor: Cursor;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Cursor;
  } catch {
    throw invalid();
  }
  const key = sortKeys[sort.column];
  if (
    !cursor ||
    cursor.column !== sort.column ||
    cursor.direction !== sort.direction ||
    typeof cursor.id !== 'string' ||
    !uuid.test(cursor.id) ||
    !Array.isArray(cursor.values) ||
    cursor.values.length !== key.expressions.length ||
    !cursor.values.every((value, i) => validFor(key.casts[i]!, value))
  ) {
    throw invalid();
  }
  const left = [...key.expressions, 'id'].join(', ');
  const right = [...key.casts.map((cast) => `?::${cast}`), '?::uuid'].join(', ');
  const operator = sort.direction === 'desc' ? '<' : '>';
  return { sql: `(${left}) ${operator} (${right})`, bindings: [...cursor.values, cursor.id] };
}

function validFor(cast: string, value: unknown): boolean {
  switch (cast) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'smallint':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 3;
    case 'timestamptz':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.length <= 40;
    default:
      return typeof value === 'string' && value.length <= 1000;
  }
}
