import type { Knex } from 'knex';

/** Workspaces with a public handle, and the memberships that tie identities to them. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspaces', (t) => {
    t.uuid('id').primary();
    t.text('handle').notNullable().unique();
    t.text('name').notNullable();
    t.text('entry_url'); // the owner's page where clients enter their code
    t.text('gallery_url'); // the owner's page that opens a gallery's direct link
    t.text('catalog_template').notNullable().defaultTo('photography');
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.schema.createTable('memberships', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('identity_id').notNullable().references('identities.id').onDelete('CASCADE');
    t.text('role').notNullable(); // 'owner' | 'member'
    t.text('role_key'); // a role of the workspace's catalog, for members
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'identity_id']);
    t.index(['identity_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('memberships');
  await knex.schema.dropTable('workspaces');
}
