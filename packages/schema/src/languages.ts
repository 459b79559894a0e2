// The languages Foyer writes in, kept free of zod: the elements and the server pick a language
// with the same rules, and the elements' bundles stay small.

/** English, German, Norwegian Bokmål and Hungarian: the languages of everything Foyer writes. */
export const languages = ['en', 'de', 'nb', 'hu'] as const;
export type Language = (typeof languages)[number];

/** The language nothing better is known for. */
export const fallbackLanguage: Language = 'en';

/**
 * The language Foyer writes for one language tag, or null when it writes none of the tag's:
 * `de-AT` → `de`; `no`, `nn` and `nb-NO` → `nb` (Norwegian is written in Bokmål); `fr` → null.
 */
export function languageOf(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no' || primary === 'nn' || primary === 'nb') return 'nb';
  return primary === 'en' || primary === 'de' || primary === 'hu' ? primary : null;
}

/**
 * The language to answer an `Accept-Language` header in: of the tags Foyer writes, the one the
 * header prefers most (its q-values; among equals, the one named first), or null when it names
 * none of them — the caller then falls back on what else it knows of the person.
 */
export function preferredLanguage(header: string | null | undefined): Language | null {
  let best: { language: Language; q: number } | null = null;
  // A header is short; a very long one is cut rather than parsed whole.
  for (const part of (header ?? '').slice(0, 500).split(',')) {
    const [tag, ...params] = part.split(';');
    const language = languageOf(tag);
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? null;
}

/** The first language of several guesses that is known, else English. */
export function firstLanguage(...guesses: ReadonlyArray<string | null | undefined>): Language {
  for (const guess of guesses) {
    const language = languageOf(guess);
    if (language) return language;
  }
  return fallbackLanguage;
}
