import type { Knex } from 'knex';

/** The page on the owner's site where a contact follows an activation link. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspaces', (t) => {
    t.text('activation_url');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspaces', (t) => {
    t.dropColumn('activation_url');
  });
}
