import type { Knex } from 'knex';

/**
 * An identity may have no password: an API user works with its key only, and a person
 * invited by email has none until they choose one. Sign-in refuses such an identity with the
 * answer a wrong password gets.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('alter table identities alter column password_hash drop not null');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table identities alter column password_hash set not null');
}
