import type { Knex } from 'knex';

/**
 * Whether an access lets its client download the pictures (off until the owner allows it), and
 * the pictures a client marked as favourites. A favourite goes with its access and its item: a
 * deleted access or picture leaves nothing behind.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('client_accesses', (t) => {
    t.boolean('downloads').notNullable().defaultTo(false);
  });
  await knex.schema.createTable('access_favourites', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('access_id').notNullable();
    t.uuid('item_id').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['access_id', 'item_id']);
    t.foreign(['workspace_id', 'access_id']).references(['workspace_id', 'id']).inTable('client_accesses').onDelete('CASCADE');
    t.foreign(['workspace_id', 'item_id']).references(['workspace_id', 'id']).inTable('gallery_items').onDelete('CASCADE');
    // A deleted picture finds its favourites without a scan.
    t.index(['workspace_id', 'item_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('access_favourites');
  await knex.schema.alterTable('client_accesses', (t) => {
    t.dropColumn('downloads');
  });
}
