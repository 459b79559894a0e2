import type { Knex } from 'knex';

/**
 * A login whose password someone else chose (a hosting customer's primary user opening a
 * sub-account): marked until its holder chooses their own from a link mailed to them, which
 * proves the mailbox. While marked, no second factor can be turned on, so whoever set the
 * password cannot make the login theirs for good.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('identities', (t) => {
    t.boolean('password_set_for_them').notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('identities', (t) => {
    t.dropColumn('password_set_for_them');
  });
}
