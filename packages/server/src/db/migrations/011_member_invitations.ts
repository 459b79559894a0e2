import type { Knex } from 'knex';

/**
 * Invitations to join a workspace's team: bound to one email, with the role they will give,
 * expiring, used once. Only the hash of the link's token is kept; a resend replaces it, so
 * the old link stops working.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('member_invitations', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('role_key');
    t.uuid('custom_role_id');
    t.jsonb('permissions');
    t.binary('token_hash').notNullable().unique();
    t.uuid('invited_by'); // kept when that identity goes
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('sent_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('accepted_at', { useTz: true });
    t.uuid('accepted_identity_id');
    t.timestamp('revoked_at', { useTz: true });
    t.unique(['workspace_id', 'id']);
    // A custom role stays while an open invitation would give it.
    t.foreign(['workspace_id', 'custom_role_id']).references(['workspace_id', 'id']).inTable('workspace_roles').onDelete('RESTRICT');
  });
  // One open invitation per person and workspace: a second one is a resend.
  await knex.raw(
    'create unique index member_invitations_open_unique on member_invitations (workspace_id, lower(email)) where accepted_at is null and revoked_at is null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('member_invitations');
}
