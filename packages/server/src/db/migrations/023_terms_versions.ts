import type { Knex } from 'knex';

/** A workspace's terms of service, one row per version; the highest version is current. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('terms_versions', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.integer('version').notNullable();
    t.text('title').notNullable();
    t.text('text').notNullable();
    t.uuid('published_by').references('identities.id').onDelete('SET NULL');
    t.timestamp('published_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'version']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('terms_versions');
}
