/** What a list field counts, in the sentences that give a number of them. */
export type CountedNoun = 'permissions' | 'accounts' | 'transactions' | 'contacts' | 'tickets' | 'kinds';

/**
 * The words of field errors in one language. Our schemas write their own English sentences
 * (`must not be empty`); `sentences` translates those word for word, and the functions the
 * ones with a number in them and zod's own issues where a schema set no sentence.
 */
export interface FieldWords {
  /** Each English sentence a schema in @foyer/schema sets, translated. */
  sentences: Readonly<Record<string, string>>;
  nouns: Readonly<Record<CountedNoun, string>>;
  atMostCharacters(n: string): string;
  atLeastCharacters(n: string): string;
  exactlyCharacters(n: string): string;
  atMost(n: string): string;
  atLeast(n: string): string;
  lessThan(n: string): string;
  moreThan(n: string): string;
  atMostItems(n: string, noun?: string): string;
  atLeastItems(n: string): string;
  atMostDaysAfterFrom(n: string): string;
  oneOf(values: string): string;
  /** A field the input left out. */
  missing: string;
  wrongType(expected: string): string;
  email: string;
  url: string;
  id: string;
  dateTime: string;
  date: string;
  /** Any other format the input does not have (a pattern, a prefix). */
  format: string;
  unknownFields(keys: string): string;
  /** An issue of no kind above. */
  invalid: string;
}
