import type { Knex } from 'knex';

/**
 * API keys: each acts as one member in one workspace. Only the key's hash is kept, with its
 * last characters to tell keys apart. Rotated and revoked keys stay (revoked) so the activity
 * log can still say which key made a change.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('identity_id').notNullable().references('identities.id').onDelete('CASCADE');
    t.binary('key_hash').notNullable().unique();
    t.text('hint').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
    t.unique(['workspace_id', 'id']);
  });
  // One live key per member: rotating revokes the old one in the same transaction.
  await knex.raw('create unique index api_keys_live_unique on api_keys (workspace_id, identity_id) where revoked_at is null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_keys');
}
