import type { Knex } from 'knex';

/**
 * Every change made in a workspace: who made it (and through which agency grant or API key),
 * what it was and when. Written by the procedure middleware, read by the activity view.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.timestamp('at', { useTz: true }).notNullable();
    // Kept when the identity goes: the log outlives the people in it.
    t.uuid('actor_identity_id');
    t.text('actor_kind').notNullable(); // a membership kind, or 'public' for a call made without signing in
    t.uuid('via_api_key_id');
    t.text('action').notNullable(); // the procedure, e.g. 'contacts.delete'
    t.jsonb('subject_ids').notNullable(); // the ids the call named, by input field
    t.jsonb('details');
    t.index(['workspace_id', 'at', 'id']);
    t.index(['workspace_id', 'actor_identity_id', 'at']);
    t.index(['workspace_id', 'action', 'at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
