import type { Knex } from 'knex';

/**
 * The marks an email holds besides letters and digits, and the digit each is written as in the
 * trigram index `tickets_search_email_marks`. pg_trgm splits words at marks, so `e.wright` would
 * be looked for as `e` and `wright`; written as `e0wright`, the piece is one word the index finds.
 * The change is one character for one, made alike to the email and to the piece, so a piece
 * within an email stays within it; the exact comparison afterwards drops what a digit matched
 * in place of a mark.
 */
const marks = ".@_-+'";
const markDigits = '012345';

/** The index's expression: must stay the one `tickets_search_email_marks` was built on. */
export const markedEmailSql = `translate(customer_email, '${marks.replace(/'/g, "''")}', '${markDigits}')`;

export function markedPiece(piece: string): string {
  return [...piece].map((c) => (marks.includes(c) ? markDigits[marks.indexOf(c)] : c)).join('');
}

/** `%` and `\` typed into the search are matched as themselves (`_` is written as a digit by then). */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * An email piece as the trigram index finds it, then compared exactly. Emails and pieces are
 * both lower case (the schema lower-cases them, a check constraint keeps them so), so the
 * comparison is `strpos`, not `ilike`.
 */
export function emailIndexed(piece: string): { sql: string; bindings: Knex.Value[] } {
  return { sql: `${markedEmailSql} like ? escape '\\' and strpos(customer_email, ?) > 0`, bindings: [likePattern(markedPiece(piece)), piece] };
}

/** An email piece compared in a covering index's rows (tickets_walk_opened, tickets_walk_changed), which no trigram index may answer. */
export function emailCompared(piece: string): { sql: string; bindings: Knex.Value[] } {
  return { sql: 'strpos(customer_email, ?) > 0', bindings: [piece] };
}
