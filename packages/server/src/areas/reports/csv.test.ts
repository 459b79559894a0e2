import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv.js';

describe('CSV cells', () => {
  it('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('one, two')).toBe('"one, two"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('ü ő ű')).toBe('ü ő ű');
  });

  it('keeps a spreadsheet from taking a text for a formula', () => {
    for (const formula of ['=SUM(A1:A9)', '+1', '-2+3', '@cmd', '\tx', '\r=1', '  =HYPERLINK("http://evil.example")']) {
      expect(csvCell(formula).replace(/^"/, '').startsWith("'"), formula).toBe(true);
    }
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, nothing as an empty cell, and ends a line with CRLF', () => {
    expect(csvLine(['day', 3, null, '-'])).toBe("day,3,,'-\r\n");
  });
});
