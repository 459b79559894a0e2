import type { Knex } from 'knex';

/** Single-use, expiring activation links; only the token's hash is stored. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('contact_activation_links', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('id').notNullable();
    t.uuid('contact_id').notNullable();
    t.binary('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.primary(['workspace_id', 'id']);
    t.foreign(['workspace_id', 'contact_id']).references(['workspace_id', 'id']).inTable('contacts').onDelete('CASCADE');
    t.index(['workspace_id', 'contact_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('contact_activation_links');
}
