import { badRequest } from '../../errors.js';
import type { SearchPosition } from './search-query.js';

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The opaque cursor after a row: its time to the microsecond (as PostgreSQL keeps it) and its id. */
export function encodeCursor(position: SearchPosition): string {
  return Buffer.from(JSON.stringify({ k: position.key, i: position.id }), 'utf8').toString('base64url');
}

/** The position a cursor names, or a refusal for anything that is not one of ours. */
export function decodeCursor(encoded: string): SearchPosition {
  let cursor: { k?: unknown; i?: unknown } | null;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { k?: unknown; i?: unknown } | null;
  } catch {
    throw badRequest('INVALID_CURSOR');
  }
  if (!cursor || typeof cursor.k !== 'string' || !instant.test(cursor.k) || Number.isNaN(Date.parse(cursor.k)) || typeof cursor.i !== 'string' || !uuid.test(cursor.i)) {
    throw badRequest('INVALID_CURSOR');
  }
  return { key: cursor.k, id: cursor.i };
}
