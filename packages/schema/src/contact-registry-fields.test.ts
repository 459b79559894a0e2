import { describe, expect, it } from 'vitest';
import { ContactRegistryFields, CountryCode, countryCodes, PhoneNumber } from './index.js';

const messageOf = (result: { error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((issue) => issue.message);

describe('a contact’s registry fields', () => {
  it('store a phone number as typed by a person without its separators', () => {
    expect(PhoneNumber.parse('+36 1 234 5678')).toBe('+3612345678');
    expect(PhoneNumber.parse('+47 (22) 12-34.56')).toBe('+4722123456');
    expect(PhoneNumber.parse('+49\u00a030\u00a01234567')).toBe('+49301234567');
  });

  it('refuse a phone number that is not in international form, with one sentence', () => {
    const sentence = ['must be a phone number in international form such as +36 1 234 5678'];
    for (const typed of ['06 1 234 5678', '+36 1 234 567x', '+12345', '+0361234567', `+${'1'.repeat(16)}`, '+36\t1234567', '+']) {
      expect(messageOf(PhoneNumber.safeParse(typed)), typed).toEqual(sentence);
    }
  });

  it('take a country as an assigned ISO 3166-1 alpha-2 code in either case, stored upper case', () => {
    expect(countryCodes.size).toBe(249);
    expect(CountryCode.parse('hu')).toBe('HU');
    expect(CountryCode.parse('No')).toBe('NO');
    for (const typed of ['UK', 'EU', 'XK', 'ZZ', 'HUN', 'H', 'ß', '']) {
      expect(messageOf(CountryCode.safeParse(typed)), typed).toEqual(['must be a two-letter country code such as HU']);
    }
  });

  it('read an empty field as none and leave out what is not given', () => {
    expect(ContactRegistryFields.parse({ phone: '  ', city: ' Budapest ', country: null })).toEqual({ phone: null, city: 'Budapest', country: null });
    expect(ContactRegistryFields.parse({})).toEqual({});
  });

  it('refuse control characters and overlong text, naming the field', () => {
    const result = ContactRegistryFields.safeParse({ addressLine1: 'Fő utca\u0007 1', postcode: '1'.repeat(21) });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['addressLine1', 'must not contain control characters'],
      ['postcode', 'must be at most 20 characters'],
    ]);
  });
});
