import type { Knex } from 'knex';

/**
 * A message's text holds what it was sent to deliver — an access code, an activation or
 * invitation link — so the outbox keeps it sealed under the instance secret
 * (mail/outbox-messages.ts), never in plain text. Text kept in plain text before this
 * migration is dropped, not carried over: a migration does not hold the instance secret
 * (FOYER_SECRET may set it). Who was sent which subject, and when, stays.
 */
export async function up(knex: Knex): Promise<void> {
  // Drops data: the text of every message already in the outbox is deleted with its column.
  await knex.schema.alterTable('outbox', (t) => {
    t.binary('body_sealed');
  });
  await knex.schema.alterTable('outbox', (t) => {
    t.dropColumn('body');
  });
}

/**
 * Puts the plain-text column back, empty: the text `up` dropped is gone, and the sealed text
 * is not unsealed into it (a migration does not hold the instance secret). Every message,
 * older or newer, keeps who it went to, its subject and when, with an empty text.
 */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('outbox', (t) => {
    t.text('body').notNullable().defaultTo('');
    t.dropColumn('body_sealed');
  });
}
