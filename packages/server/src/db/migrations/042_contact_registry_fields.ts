import type { Knex } from 'knex';

/**
 * What a domain registry needs of a contact beyond name and email: phone and postal address,
 * each optional (null until filled in). The schema normalizes them; the checks keep a phone in
 * international form and a country as an upper-case two-letter code whatever writes the row.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('contacts', (t) => {
    t.text('phone');
    t.text('address_line1');
    t.text('address_line2');
    t.text('city');
    t.text('region');
    t.text('postcode');
    t.text('country');
  });
  await knex.raw("alter table contacts add constraint contacts_phone_international check (phone ~ '^\\+[1-9][0-9]{6,14}$')");
  await knex.raw("alter table contacts add constraint contacts_country_code check (country ~ '^[A-Z]{2}$')");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('contacts', (t) => {
    t.dropColumn('phone');
    t.dropColumn('address_line1');
    t.dropColumn('address_line2');
    t.dropColumn('city');
    t.dropColumn('region');
    t.dropColumn('postcode');
    t.dropColumn('country');
  });
}
