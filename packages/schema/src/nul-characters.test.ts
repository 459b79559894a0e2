import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WithoutNulCharacters, nulCharacterPaths } from './nul-characters.js';

describe('WithoutNulCharacters', () => {
  it('accepts input without U+0000, whatever its shape', () => {
    expect(WithoutNulCharacters.safeParse({ a: 'text\n\t', b: [1, null, true, { c: 'ü' }] }).success).toBe(true);
    expect(WithoutNulCharacters.safeParse(undefined).success).toBe(true);
  });

  it('names every string and every key that holds one, by its path', () => {
    // A key is named when its object is opened, before the values inside are read.
    expect(nulCharacterPaths({ name: 'a\u0000', sort: { column: '\u0000' }, ids: ['ok', 'x\u0000'], 'k\u0000ey': 'fine' })).toEqual([
      ['k\u0000ey'],
      ['name'],
      ['sort', 'column'],
      ['ids', 1],
    ]);
    const refused = WithoutNulCharacters.safeParse({ text: 'terms\u0000' });
    expect(refused.success).toBe(false);
    expect(z.flattenError(refused.error!).fieldErrors).toEqual({ text: ['must not contain the NUL character (U+0000)'] });
  });

  it('ends on input nested deeper than any call stack, and names at most twenty places', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(nulCharacterPaths(deep)).toHaveLength(1);
    expect(nulCharacterPaths(Array(1000).fill('\u0000'))).toHaveLength(20);
  });
});
