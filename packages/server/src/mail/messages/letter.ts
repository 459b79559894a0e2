import type { Language } from '@foyer/schema';

/** A mail's words: what its catalog gives for one language. */
export interface MailText {
  subject: string;
  body: string;
}

/** One mail in every language Foyer writes: a catalog lacking one does not compile. */
export type MailTemplate<F> = Readonly<Record<Language, (facts: F) => MailText>>;

/** An instant as every language's mail shows it: the same unambiguous UTC form. */
export const until = (date: Date) => `${date.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
/** A day, as `until` shows its date. */
export const day = (date: Date) => date.toISOString().slice(0, 10);

const hello: Record<Language, (name: string | null) => string> = {
  en: (name) => (name ? `Hello ${name},` : 'Hello,'),
  de: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
  nb: (name) => (name ? `Hei ${name},` : 'Hei,'),
  hu: (name) => (name ? `Szia, ${name}!` : 'Szia!'),
};

/** The body: the greeting (by name when there is one), a blank line, then the lines. */
export function letter(language: Language, name: string | null, lines: readonly string[]): string {
  return [hello[language](name || null), '', ...lines].join('\n');
}

/** A name in the quotation marks of the language: “Administrator”, „Administrator“, «Administrator». */
export { quoted } from '../../localization/words.js';
