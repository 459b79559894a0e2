import type { Knex } from 'knex';

/** A picture's title, set by the owner, which clients read in place of its file name. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('gallery_items', (t) => {
    t.text('title').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('gallery_items', (t) => {
    t.dropColumn('title');
  });
}
