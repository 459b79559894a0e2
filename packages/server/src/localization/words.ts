import type { Language } from '@foyer/schema';

/**
 * Quotation marks as each language writes them around a name: “English”, „Deutsch“,
 * «norsk», „magyar”.
 */
export function quoted(language: Language, text: string): string {
  switch (language) {
    case 'de':
      return `„${text}“`;
    case 'nb':
      return `«${text}»`;
    case 'hu':
      return `„${text}”`;
    default:
      return `“${text}”`;
  }
}

/** The few words refusals add to their sentence, beside what they name. */
export const refusalWords: Record<Language, { inProcessing: string }> = {
  en: { inProcessing: 'In processing:' },
  de: { inProcessing: 'In Bearbeitung:' },
  nb: { inProcessing: 'Under behandling:' },
  hu: { inProcessing: 'Feldolgozás alatt:' },
};
