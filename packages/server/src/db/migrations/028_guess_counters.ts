import type { Knex } from 'knex';

/**
 * Guessing counters that are claimed before a guess is evaluated (security/guessing). A row
 * counts the attempts at one key that were not right: between a target and a source, at a
 * target from everywhere, or from a source at every target. `last_attempt_at` paces the
 * progressive delays; `succeeded_at` marks a source that once got in to the target. Keys are
 * keyed digests, so a copy of the table names no email, code or address. The old counters,
 * which were checked before they were counted, go: their counts do not carry over.
 */
export async function up(knex: Knex): Promise<void> {
  // Drops data: the old counters' counts are deleted with their table.
  await knex.schema.createTable('guess_counters', (t) => {
    t.text('key').primary();
    t.integer('failures').notNullable();
    t.timestamp('window_started_at', { useTz: true }).notNullable();
    t.timestamp('last_attempt_at', { useTz: true }).notNullable();
    t.timestamp('succeeded_at', { useTz: true });
  });
  await knex.schema.dropTable('throttle_counters');
}

/**
 * Puts the old counters' table back, empty: the counts `up` dropped are not restored, and the
 * new counters' counts are dropped in turn, so every guess starts from nothing again.
 */
export async function down(knex: Knex): Promise<void> {
  await knex.schema.createTable('throttle_counters', (t) => {
    t.text('key').primary();
    t.timestamp('window_started_at', { useTz: true }).notNullable();
    t.integer('count').notNullable();
  });
  await knex.schema.dropTable('guess_counters');
}
