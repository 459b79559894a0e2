import { RegistrantField, type ContactAddress, type ContactRegistryFields } from '@foyer/schema';
import type { z } from 'zod';

/** A contact's phone and address columns (migration 042), read with every contact. */
export const registryColumns = ['phone', 'address_line1', 'address_line2', 'city', 'region', 'postcode', 'country'] as const;

export type RegistryRecord = Record<(typeof registryColumns)[number], string | null>;

type RegistryInput = z.output<typeof ContactRegistryFields>;

/** Where each field of the input is stored. */
const columnOf: Record<keyof RegistryInput, (typeof registryColumns)[number]> = {
  phone: 'phone',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  city: 'city',
  state: 'region',
  postcode: 'postcode',
  country: 'country',
};

/** The column changes the input asks for: a field left out stays as it is, null clears it. */
export function registryChanges(input: RegistryInput): Partial<RegistryRecord> {
  const changes: Partial<RegistryRecord> = {};
  for (const [field, column] of Object.entries(columnOf) as Array<[keyof RegistryInput, (typeof registryColumns)[number]]>) {
    const value = input[field];
    if (value !== undefined) changes[column] = value;
  }
  return changes;
}

export function addressOf(record: RegistryRecord): ContactAddress {
  return { line1: record.address_line1, line2: record.address_line2, city: record.city, state: record.region, postcode: record.postcode, country: record.country };
}

/** What a registry needs, as the fields `contacts.update` fills in (the schema's list). */
const registrantNeeds = RegistrantField.options;

/** The columns those fields are kept in. */
export const registrantColumns = registrantNeeds.map((field) => columnOf[field]);

/** The fields a registry needs that the contact lacks; none for a contact that may be a registrant. */
export function missingOf(record: RegistryRecord): RegistrantField[] {
  return registrantNeeds.filter((field) => record[columnOf[field]] === null);
}
