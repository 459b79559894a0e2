/**
 * CSV as spreadsheets read it (RFC 4180): cells separated by commas, lines by CRLF, a cell
 * holding a comma, a quote or a line break quoted with its quotes doubled. A text cell that a
 * spreadsheet would take for a formula — starting with =, +, -, @, a tab or a carriage return,
 * also after spaces — starts with an apostrophe instead, so a customer's comment or a user's
 * name never runs as a formula in the seller's spreadsheet. Numbers are written as they are.
 */
export type CsvCell = string | number | null;

const formulaStart = /^[\t\r]|^\s*[=+\-@]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Starts a file, so spreadsheets read it as UTF-8 (names with ő, ű or Cyrillic letters). */
export const csvByteOrderMark = '\uFEFF';
