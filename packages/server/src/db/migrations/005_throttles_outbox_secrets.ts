import type { Knex } from 'knex';

/**
 * State that several server instances must share: guessing counters, the mail outbox and the
 * instance secret used for keyed hashes and signed file links.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('throttle_counters', (t) => {
    t.text('key').primary();
    t.timestamp('window_started_at', { useTz: true }).notNullable();
    t.integer('count').notNullable();
  });
  await knex.schema.createTable('outbox', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').references('workspaces.id').onDelete('CASCADE');
    t.text('to_address').notNullable();
    t.text('subject').notNullable();
    t.text('body').notNullable();
    t.text('transport').notNullable(); // 'outbox' | 'smtp'
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('sent_at', { useTz: true });
    t.index(['workspace_id', 'created_at']);
  });
  await knex.schema.createTable('instance_secrets', (t) => {
    t.text('name').primary();
    t.binary('value').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('instance_secrets');
  await knex.schema.dropTable('outbox');
  await knex.schema.dropTable('throttle_counters');
}
