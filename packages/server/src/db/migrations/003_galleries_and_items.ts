import type { Knex } from 'knex';

/** The gallery tree and the items (photos, files) it holds. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('galleries', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('id').notNullable();
    t.uuid('parent_id');
    t.integer('position').notNullable();
    t.text('title').notNullable();
    t.boolean('allow_navigation').notNullable().defaultTo(false);
    t.text('password_hash');
    t.uuid('cover_item_id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'id']);
    t.foreign(['workspace_id', 'parent_id']).references(['workspace_id', 'id']).inTable('galleries');
    t.index(['workspace_id', 'parent_id', 'position']);
  });
  await knex.schema.createTable('gallery_items', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('id').notNullable();
    t.uuid('gallery_id').notNullable();
    t.integer('position').notNullable();
    t.text('name').notNullable();
    t.bigInteger('size').notNullable();
    t.text('media_type').notNullable();
    t.text('blob_key').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'id']);
    t.foreign(['workspace_id', 'gallery_id']).references(['workspace_id', 'id']).inTable('galleries').onDelete('CASCADE');
    t.index(['workspace_id', 'gallery_id', 'position']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('gallery_items');
  await knex.schema.dropTable('galleries');
}
