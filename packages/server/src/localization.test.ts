import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessages, languageOf, languages, localizedErrorMessages, nulCharacterMessage, preferredLanguage, type ErrorCode } from '@foyer/schema';
import { describe, expect, it } from 'vitest';
import { translatedSentence } from './localization/field-errors.js';
import * as clientMails from './mail/messages/clients.js';
import * as identityMails from './mail/messages/identity.js';
import { day, until, type MailTemplate } from './mail/messages/letter.js';
import * as marketplaceMails from './mail/messages/marketplace.js';
import * as teamMails from './mail/messages/team.js';
import { mailTemplates } from './mail/messages/index.js';

/**
 * Everything the server writes in words comes in every language Foyer writes. These fail when a
 * sentence is added in English only: a refusal, a field error a schema sets, a mail.
 */
const others = languages.filter((language) => language !== 'en');

// Sentences that are the same in every language (product names and the like); none so far.
const sameInEveryLanguage: ErrorCode[] = [];

describe('refusals', () => {
  const codes = Object.keys(errorMessages) as ErrorCode[];

  it.each(others)('have a sentence of their own in %s for every code', (language) => {
    const catalog = localizedErrorMessages[language];
    expect(Object.keys(catalog).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const sentence = catalog[code];
      expect(sentence.trim(), code).not.toBe('');
      if (!sameInEveryLanguage.includes(code)) expect(sentence, `${code} is English in ${language}`).not.toBe(errorMessages[code]);
      // A sentence the server ends with the names it refused keeps its colon.
      expect(sentence.endsWith(':'), code).toBe(errorMessages[code].endsWith(':'));
    }
  });
});

/** Every sentence a schema of @foyer/schema sets for an issue, a number standing for what a template literal fills in. */
function schemaSentences(): string[] {
  const root = fileURLToPath(new URL('../../schema/src', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'error-messages' && entry.name !== 'catalogs') walk(path);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !['errors.ts', 'error-codes.ts'].includes(entry.name)) files.push(path);
    }
  };
  walk(root);
  const found = new Set<string>([nulCharacterMessage]);
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\b(?:error|message):\s*(['`])((?:(?!\1)[^\\]|\\.)*)\1/g)) {
      found.add(match[2]!.replace(/\$\{[^}]*\}/g, '7'));
    }
  }
  return [...found];
}

describe('field errors', () => {
  const sentences = schemaSentences();

  it('finds the sentences the schemas set', () => {
    expect(sentences).toContain('must not be empty');
    expect(sentences).toContain('must be at most 7 characters');
    expect(sentences.length).toBeGreaterThan(60);
  });

  it.each(others)('say every sentence a schema sets in %s', (language) => {
    const missing = sentences.filter((sentence) => {
      const translated = translatedSentence(sentence, language);
      return !translated || translated === sentence;
    });
    expect(missing).toEqual([]);
  });

  it('keep the numbers and names a sentence gives', () => {
    expect(translatedSentence('must be at most 200 characters', 'de')).toBe('darf höchstens 200 Zeichen lang sein');
    expect(translatedSentence('must hold at most 100 permissions', 'nb')).toBe('kan inneholde høyst 100 tillatelser');
    expect(translatedSentence('must be one of photography, hosting', 'hu')).toBe('a következő értékek egyikének kell lennie: photography, hosting');
  });
});

describe('choosing a language', () => {
  it('takes each language Foyer writes from the tags people send', () => {
    expect(['no', 'nn', 'nb-NO', 'NB'].map(languageOf)).toEqual(['nb', 'nb', 'nb', 'nb']);
    expect(['de-AT', 'de_CH', 'hu-HU', 'en-GB'].map(languageOf)).toEqual(['de', 'de', 'hu', 'en']);
    expect([languageOf('fr'), languageOf(''), languageOf(null)]).toEqual([null, null, null]);
  });

  it('answers an Accept-Language header in the language it prefers most among Foyer’s', () => {
    expect(preferredLanguage('fr-FR, fr;q=0.9, de;q=0.5, hu;q=0.4')).toBe('de');
    expect(preferredLanguage('de;q=0.2, hu;q=0.8')).toBe('hu');
    expect(preferredLanguage('nn-NO,en;q=0.5')).toBe('nb');
    expect(preferredLanguage('de;q=0, fr')).toBeNull();
    expect(preferredLanguage('fr')).toBeNull();
    expect(preferredLanguage(undefined)).toBeNull();
  });
});

describe('mail templates', () => {
  // Facts no language has a word for, so each can be found again in every translation.
  const facts = {
    to: 'qx-recipient@example.com',
    link: 'https://foyer.example/page#token=QXLINKTOKEN',
    signInUrl: 'https://foyer.example/sign-in',
    expiresAt: new Date('2031-02-03T04:05:00Z'),
    newEmail: 'qx-new@example.com',
    workspaceName: 'Zorbly Qx',
    inviterName: 'Qwerta Vonk',
    roleName: 'Xyloqx',
    accessName: 'Quorra Qx',
    code: 'zz-code-77',
    contactName: 'Pim Qxploeg',
    name: 'Vala Qxmal',
    subject: 'Qx host subject',
    text: 'Qx host text.',
    account: 'acct-zz9',
    master: 'Mastr Zq',
    titles: ['Qxgallery Zorb'],
  };
  const placeholders = [...Object.values(facts).filter((value): value is string => typeof value === 'string'), ...facts.titles, until(facts.expiresAt), day(facts.expiresAt)];
  const variants = [
    { agency: false, confirmed: false, category: 'domain' },
    { agency: true, confirmed: true, category: 'invoice' },
    { link: null, category: 'general' },
  ];
  // The host's own subject: Foyer frames the notice, the host writes its subject.
  const subjectIsTheHosts = new Set(['clients.notification']);
  const withoutPlaceholders = (text: string) => placeholders.reduce((rest, value) => rest.split(value).join(' '), text);
  const words = (text: string) =>
    new Set(
      withoutPlaceholders(text)
        .toLowerCase()
        .match(/\p{L}{4,}/gu) ?? [],
    );

  it('lists every template of the catalogs', () => {
    const defined = [clientMails, identityMails, marketplaceMails, teamMails].flatMap((catalog) =>
      Object.values(catalog).filter((value): value is MailTemplate<unknown> => typeof value === 'object' && value !== null && 'en' in value && typeof value.en === 'function'),
    );
    expect(new Set(Object.values(mailTemplates))).toEqual(new Set(defined));
  });

  for (const [name, template] of Object.entries(mailTemplates)) {
    it.each(others)(`${name} is written in %s, with every placeholder and no English left`, (language) => {
      for (const variant of variants) {
        if (variant.link === null && name !== 'clients.accessInvitation') continue;
        const given = { ...facts, ...variant };
        const english = template.en(given);
        const translated = template[language](given);
        for (const text of [translated.subject, translated.body]) {
          expect(text.trim(), name).not.toBe('');
          expect(text, name).not.toMatch(/undefined|\bnull\b|\[object/);
        }
        if (!subjectIsTheHosts.has(name)) {
          expect(translated.subject).not.toBe(english.subject);
          const leftovers = [...words(english.subject)].filter((word) => words(translated.subject).has(word));
          expect(leftovers, `${name} subject in ${language}`).toEqual([]);
        }
        for (const line of english.body.split('\n').filter((l) => withoutPlaceholders(l).trim().length >= 20)) {
          expect(translated.body, `${name} keeps an English line in ${language}`).not.toContain(line.trim());
        }
        for (const value of placeholders) {
          if (english.subject.includes(value)) expect(translated.subject, `${name} subject lost ${value}`).toContain(value);
          if (english.body.includes(value)) expect(translated.body, `${name} body lost ${value}`).toContain(value);
        }
      }
    });
  }
});
