import type { Knex } from 'knex';

/**
 * An upload the studio cancels must not leave its picture behind, even when the file's last
 * byte had already reached the server. Each upload carries a key chosen by its sender; a
 * cancellation is kept under that key, so the file and the cancellation find each other in
 * whichever order they arrive. Cancellations older than a day are pruned: no upload runs that long.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('gallery_items', (t) => {
    t.uuid('upload_key').nullable();
  });
  await knex.raw('create unique index gallery_items_upload_key on gallery_items (workspace_id, upload_key) where upload_key is not null');
  await knex.schema.createTable('cancelled_uploads', (t) => {
    t.uuid('workspace_id').notNullable().references('id').inTable('workspaces').onDelete('cascade');
    t.uuid('upload_key').notNullable();
    t.timestamp('cancelled_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'upload_key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('cancelled_uploads');
  await knex.raw('drop index gallery_items_upload_key');
  await knex.schema.alterTable('gallery_items', (t) => {
    t.dropColumn('upload_key');
  });
}
