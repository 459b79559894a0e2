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

/**
 * Cannot be undone. An older version reads its key from `instance_secrets`; an empty table
 * there would make it start with a new key (unless FOYER_SECRET gives it the old one) and read everything sealed under the real one as
 * garbage, and a migration does not hold the key to put it back. Going back to a version before
 * this one means restoring that version's database together with its key.
 */
export async function down(): Promise<void> {
  throw new Error(
    'Migration 029 cannot be undone: the instance key now lives outside the database (its key file or FOYER_SECRET), and a version before it would start with a new key. Restore a copy of the database from before this migration instead.',
  );
}
