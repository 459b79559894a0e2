// The refusals' sentences in every language Foyer writes, kept free of zod like the codes
// themselves: `@foyer/schema/error-messages` bundles for a browser at the cost of the sentences.
import { errorMessages, type ErrorCode } from '../errors.js';
import type { Language } from '../languages.js';
import { de } from './de.js';
import { hu } from './hu.js';
import { nb } from './nb.js';

/**
 * One sentence for every error code. Each language's catalog has this type, so a code added
 * without its translations fails to compile.
 */
export type ErrorSentences = Record<ErrorCode, string>;

/** Every refusal's sentence, per language; English is `errorMessages` itself. */
export const localizedErrorMessages: Readonly<Record<Language, ErrorSentences>> = { en: errorMessages, de, nb, hu };

/** The sentence for a code in one language. */
export function errorMessageIn(language: Language, code: ErrorCode): string {
  return localizedErrorMessages[language][code];
}
