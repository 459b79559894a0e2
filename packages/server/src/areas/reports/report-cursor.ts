import { badRequest } from '../../errors.js';
import type { HistoryPosition } from './queries.js';

/** Which list a cursor pages through: one third party's changes, or the comments. */
export type ReportList = 'changes' | 'comments';

interface Cursor {
  l: ReportList;
  a: string;
  i: number;
}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The opaque cursor after a change of the list. */
export function encodeReportCursor(list: ReportList, position: HistoryPosition): string {
  const cursor: Cursor = { l: list, a: position.at, i: position.id };
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

/** The position a cursor of this list names, or a refusal: a cursor of the other list, or not one of ours. */
export function decodeReportCursor(list: ReportList, encoded: string): HistoryPosition {
  let cursor: Partial<Cursor> | null;
  try {
    cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<Cursor> | null;
  } catch {
    throw badRequest('INVALID_CURSOR');
  }
  if (!cursor || cursor.l !== list || typeof cursor.a !== 'string' || !instant.test(cursor.a) || Number.isNaN(Date.parse(cursor.a)) || !Number.isSafeInteger(cursor.i) || cursor.i! < 1) {
    throw badRequest('INVALID_CURSOR');
  }
  return { at: cursor.a, id: cursor.i! };
}
