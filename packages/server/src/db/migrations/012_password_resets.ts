import type { Knex } from 'knex';

/**
 * Password reset links a workspace's manager sends a member: expiring, used once, only the
 * token's hash kept. The workspace is the one whose manager asked.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('password_resets', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('identity_id').notNullable().references('identities.id').onDelete('CASCADE');
    t.binary('token_hash').notNullable().unique();
    t.uuid('requested_by');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['identity_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('password_resets');
}
