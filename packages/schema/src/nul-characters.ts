import { z } from 'zod';

export const nulCharacterMessage = 'must not contain the NUL character (U+0000)';

/** Enough to name the fields at fault; a list of a million bad strings needs no million issues. */
const maxIssues = 20;

type Path = Array<string | number>;

/** A place in the input, linked to its parent: a path is spelled out only for a place at fault. */
interface Place {
  parent: Place | null;
  key: string | number;
}

function pathOf(place: Place | null): Path {
  const path: Path = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Where a value holds U+0000: each string, and each object key, that contains one. Walked
 * with a stack of its own, so that however deep a caller nests its input, the walk ends.
 */
export function nulCharacterPaths(value: unknown): Path[] {
  const found: Path[] = [];
  const pending: Array<{ value: unknown; place: Place | null }> = [{ value, place: null }];
  while (pending.length > 0 && found.length < maxIssues) {
    const { value: current, place } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) found.push(pathOf(place));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push({ value: current[i], place: { parent: place, key: i } });
    } else if (current !== null && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        if (key.includes('\u0000')) found.push(pathOf({ parent: place, key }));
        else pending.push({ value: child, place: { parent: place, key } });
      }
    }
  }
  return found;
}

/**
 * Any input, refused where it holds U+0000. PostgreSQL's text and jsonb cannot store that
 * character, and no person types it: the server checks every procedure's input with this
 * before its own schema, so no field can forget the rule.
 */
export const WithoutNulCharacters = z.unknown().superRefine((value, ctx) => {
  for (const path of nulCharacterPaths(value)) ctx.addIssue({ code: 'custom', message: nulCharacterMessage, path });
});
