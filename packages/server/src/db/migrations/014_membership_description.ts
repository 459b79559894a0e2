import type { Knex } from 'knex';

/** What a member is for, as the one who added them wrote it: their expected role, for example. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('memberships', (t) => {
    t.text('description');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('memberships', (t) => {
    t.dropColumn('description');
  });
}
