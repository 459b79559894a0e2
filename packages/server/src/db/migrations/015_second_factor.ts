import type { Knex } from 'knex';

/**
 * A second factor for any identity: a TOTP secret (sealed with the instance secret, never
 * stored plain), the last time step a code was accepted at (a code works once), a secret
 * being set up until a code from it confirms it, and recovery codes kept only as hashes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('identities', (t) => {
    t.binary('totp_secret');
    t.timestamp('totp_enabled_at', { useTz: true });
    t.bigInteger('totp_last_step');
    t.binary('totp_pending_secret');
    t.timestamp('totp_pending_at', { useTz: true });
  });
  await knex.schema.createTable('recovery_codes', (t) => {
    t.uuid('identity_id').notNullable().references('identities.id').onDelete('CASCADE');
    t.binary('code_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.primary(['identity_id', 'code_hash']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('recovery_codes');
  await knex.schema.alterTable('identities', (t) => {
    t.dropColumn('totp_secret');
    t.dropColumn('totp_enabled_at');
    t.dropColumn('totp_last_step');
    t.dropColumn('totp_pending_secret');
    t.dropColumn('totp_pending_at');
  });
}
