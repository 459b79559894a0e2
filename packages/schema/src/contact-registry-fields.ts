import { z } from 'zod';
import { DisplayText, Id, InWorkspace } from './common.js';
import { countryCodes } from './country-codes.js';

/** What a person types between digit groups: spaces, dots, hyphens, brackets. None is stored. */
const phoneSeparators = /[ \u00a0.()-]/g;

/**
 * A phone number in international form: `+`, then the country code and the number, 7 to 15
 * digits in all (E.164). `+36 1 234 5678` is stored as `+3612345678`.
 */
export const PhoneNumber = z
  .string()
  .max(40, { error: 'must be at most 40 characters' })
  .regex(/^\+[0-9 \u00a0.()-]*$/, { error: 'must be a phone number in international form such as +36 1 234 5678' })
  .transform((typed) => typed.replace(phoneSeparators, ''))
  .pipe(z.string().regex(/^\+[1-9][0-9]{6,14}$/, { error: 'must be a phone number in international form such as +36 1 234 5678' }));

/** An ISO 3166-1 alpha-2 country code, in either case; stored upper case. */
export const CountryCode = z
  .string()
  // The letters are checked before upper-casing: 'ß' upper-cases to 'SS', a code of its own.
  .refine((code) => /^[A-Za-z]{2}$/.test(code) && countryCodes.has(code.toUpperCase()), { error: 'must be a two-letter country code such as HU' })
  .transform((code) => code.toUpperCase());

/**
 * An optional field of a contact: left out, it stays as it is; empty (once trimmed) or null,
 * it is cleared on update and stays unset when a contact is added.
 */
function clearable<T extends z.ZodType<unknown, string>>(field: T) {
  return z
    .string()
    .trim()
    .transform((text) => (text === '' ? null : text))
    .pipe(field.nullable())
    .nullable()
    .optional();
}

/**
 * What a domain registry needs of a contact beyond name and email, each optional when a
 * contact is added or updated. Flat, so that a refusal names the one field it refuses.
 */
export const ContactRegistryFields = z.object({
  phone: clearable(PhoneNumber),
  addressLine1: clearable(DisplayText(200)),
  addressLine2: clearable(DisplayText(200)),
  city: clearable(DisplayText(120)),
  /** State, region, county or province, where the country has them. */
  state: clearable(DisplayText(120)),
  postcode: clearable(DisplayText(20)),
  country: clearable(CountryCode),
});
export type ContactRegistryFields = z.input<typeof ContactRegistryFields>;

/** A contact's address as `contacts.get` answers it: each part null until it is filled in. */
export const ContactAddress = z.object({
  line1: z.string().nullable(),
  line2: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postcode: z.string().nullable(),
  country: z.string().nullable(),
});
export type ContactAddress = z.infer<typeof ContactAddress>;

/**
 * The fields a registry needs that a contact may lack, named as `contacts.update` takes them.
 * Name and email are never missing: every contact has them.
 */
export const RegistrantField = z.enum(['addressLine1', 'city', 'postcode', 'country', 'phone']);
export type RegistrantField = z.infer<typeof RegistrantField>;

export const RegistrantsInput = InWorkspace;
export type RegistrantsInput = z.input<typeof RegistrantsInput>;

/** A contact that holds everything a registry needs, ready to be a domain's registrant. */
export const Registrant = z.object({
  id: Id,
  name: z.string(),
  company: z.string().nullable(),
  email: z.string(),
  phone: z.string(),
  address: z.object({
    line1: z.string(),
    line2: z.string().nullable(),
    city: z.string(),
    state: z.string().nullable(),
    postcode: z.string(),
    country: z.string(),
  }),
});
export type Registrant = z.infer<typeof Registrant>;

/** A contact that could be a registrant once the fields named in `missing` are filled in. */
export const IncompleteRegistrant = z.object({
  id: Id,
  name: z.string(),
  email: z.string(),
  missing: z.array(RegistrantField),
});
export type IncompleteRegistrant = z.infer<typeof IncompleteRegistrant>;

/** The most contacts each list of `contacts.registrants` holds, by name. */
export const registrantsListed = 1000;

/** The account's contacts that are not deactivated: those a registry would take, and the others with what they lack. */
export const RegistrantsAnswer = z.object({
  registrants: z.array(Registrant),
  incomplete: z.array(IncompleteRegistrant),
  /** True when a list holds `registrantsListed` contacts and the account has more of that kind. */
  truncated: z.boolean(),
});
export type RegistrantsAnswer = z.infer<typeof RegistrantsAnswer>;
