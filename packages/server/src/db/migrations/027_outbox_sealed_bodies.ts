import type { Knex } from 'knex';

/**
 * A message's text holds what it was sent to deliver — an access code, an activation or
 * invitation link — so the outbox keeps it sealed under the instance secret
 * (mail/outbox-messages.ts), never in plain text. Text kept in plain text before this
 * migration is dropped, not carried over: a migration does not hold the instance secret
 * (FOYER_SECRET may set it). Who was sent which subject, and when, stays.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.binary('body_sealed');
  });
  await knex.schema.alterTable('outbox', (t) => {
    t.dropColumn('body');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.text('body').notNullable().defaultTo('');
    t.dropColumn('body_sealed');
  });
}
