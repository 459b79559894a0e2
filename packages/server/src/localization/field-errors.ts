import type { Language } from '@foyer/schema';
import { z } from 'zod';
import { deFields } from './field-errors-de.js';
import { huFields } from './field-errors-hu.js';
import { nbFields } from './field-errors-nb.js';
import type { CountedNoun, FieldWords } from './field-words.js';

const catalogs: Record<Exclude<Language, 'en'>, FieldWords> = { de: deFields, nb: nbFields, hu: huFields };

const number = String.raw`(\d[\d,.]*)`;

/** The sentences our schemas write with a number or a list in them, and how each language says them. */
const patterns: ReadonlyArray<readonly [RegExp, (words: FieldWords, ...groups: string[]) => string]> = [
  [new RegExp(`^must be at most ${number} characters$`), (w, n) => w.atMostCharacters(n!)],
  [new RegExp(`^must be at least ${number} characters$`), (w, n) => w.atLeastCharacters(n!)],
  [new RegExp(`^must be at most ${number} days after from$`), (w, n) => w.atMostDaysAfterFrom(n!)],
  [new RegExp(`^must be at most ${number}$`), (w, n) => w.atMost(n!)],
  [new RegExp(`^must be at least ${number}$`), (w, n) => w.atLeast(n!)],
  [new RegExp(`^must (?:hold|name) at most ${number} (permissions|accounts|transactions|contacts|tickets|kinds)$`), (w, n, noun) => w.atMostItems(n!, w.nouns[noun as CountedNoun])],
  [/^must be one of (.+)$/, (w, values) => w.oneOf(values!)],
];

/** zod's own English sentences start so; our schemas' sentences start in lower case. */
const zodsOwn = /^(?:Invalid|Too big|Too small|Unrecognized)/;

const sizable = new Set(['string', 'array', 'set', 'file', 'map']);

/** A sentence from the issue's kind, for an issue whose sentence is zod's own (or not known). */
function fromKind(issue: z.core.$ZodIssue, words: FieldWords): string {
  switch (issue.code) {
    case 'invalid_type':
      // Without `reportInput` zod keeps only its sentence of what it received.
      return / received undefined$/.test(issue.message) ? words.missing : words.wrongType(issue.expected);
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string') return issue.exact ? words.exactlyCharacters(n) : words.atLeastCharacters(n);
      if (sizable.has(issue.origin)) return words.atLeastItems(n);
      return issue.inclusive === false ? words.moreThan(n) : words.atLeast(n);
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return issue.exact ? words.exactlyCharacters(n) : words.atMostCharacters(n);
      if (sizable.has(issue.origin)) return words.atMostItems(n);
      return issue.inclusive === false ? words.lessThan(n) : words.atMost(n);
    }
    case 'invalid_format':
      if (issue.format === 'email') return words.email;
      if (issue.format === 'url') return words.url;
      if (['uuid', 'guid', 'uuidv4', 'uuidv6', 'uuidv7'].includes(issue.format)) return words.id;
      if (issue.format === 'datetime') return words.dateTime;
      if (issue.format === 'date') return words.date;
      return words.format;
    case 'invalid_value':
      return words.oneOf(issue.values.map(String).join(', '));
    case 'unrecognized_keys':
      return words.unknownFields(issue.keys.join(', '));
    default:
      return words.invalid;
  }
}

/**
 * One issue's sentence in a language. English is the sentence the schema or zod wrote; the
 * others translate a schema's sentence, or say the issue's kind in their own words.
 */
export function issueSentence(issue: z.core.$ZodIssue, language: Language): string {
  if (language === 'en') return issue.message;
  const words = catalogs[language];
  if (zodsOwn.test(issue.message)) return fromKind(issue, words);
  return translatedSentence(issue.message, language) ?? fromKind(issue, words);
}

/** A schema's English sentence in another language, or null when the catalog lacks it. */
export function translatedSentence(sentence: string, language: Language): string | null {
  if (language === 'en') return sentence;
  const words = catalogs[language];
  if (Object.hasOwn(words.sentences, sentence)) return words.sentences[sentence]!;
  for (const [pattern, say] of patterns) {
    const match = pattern.exec(sentence);
    if (match) return say(words, ...match.slice(1));
  }
  return null;
}

/** `z.flattenError` with each sentence in the language: the `fieldErrors` of an answer. */
export function localizedFieldErrors(error: z.ZodError, language: Language) {
  return z.flattenError(error, (issue) => issueSentence(issue, language));
}
