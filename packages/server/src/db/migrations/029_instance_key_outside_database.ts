import type { Knex } from 'knex';

/**
 * The instance key leaves the database: a copy of the database alone must unseal nothing and
 * check no code. The key lives in a file beside the data or in FOYER_SECRET; bootServer moves
 * an existing key into the file before this runs, and this refuses to run while a key is
 * still here, so no key is ever lost. What stays is a fingerprint (a keyed digest of a fixed
 * text), by which an instance started with another key refuses to start instead of reading
 * sealed data as garbage.
 */
export async function up(knex: Knex): Promise<void> {
  const left = await knex('instance_secrets').count<{ count: string | number }[]>({ count: '*' });
  if (Number(left[0]!.count) > 0) {
    throw new Error('The instance key is still in the database. Start Foyer (foyer migrate, or bootServer with a key file or FOYER_SECRET) to move it out first.');
  }
  await knex.schema.createTable('instance_key_fingerprint', (t) => {
    t.smallint('id').primary().checkIn(['1']);
    t.binary('fingerprint').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.dropTable('instance_secrets');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.createTable('instance_secrets', (t) => {
    t.text('name').primary();
    t.binary('value').notNullable();
  });
  await knex.schema.dropTable('instance_key_fingerprint');
}
