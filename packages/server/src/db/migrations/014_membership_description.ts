import type { Knex } from 'knex';

/** What a member is for, as the one who added them wrote it (seeds/003: "e.g. their expected role"). */
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
