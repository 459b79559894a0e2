import type { Knex } from 'knex';

/**
 * Two ways a search by a piece of a customer's email read far more tickets than it finds.
 *
 * - The trigram index split an email at its dots, dashes, underscores, pluses and `@`, as
 *   pg_trgm splits words: "s.taylor" asked for every email with a word "s" and a word "taylor",
 *   eight thousand candidates for six hundred matches at a million tickets, each read from the
 *   table to be rechecked. The index now holds the email lowercased with those characters made
 *   a letter (`q`), so a piece keeps its shape ("sqtaylor") and its candidates are its matches.
 *   The search compares the same expression (list-query.ts), then the email itself.
 * - A piece that thousands of tickets hold ("gmail") has more matches than are worth reading to
 *   sort them; its page is read instead from the tickets in the list's order, keeping those that
 *   match: one ordered range over every account, by opening (newest and oldest first) or by last
 *   change, which finds a page after about `limit` ÷ share rows.
 */
export async function up(knex: Knex): Promise<void> {
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  const schema = String(found.rows[0].nspname);
  await knex.raw('drop index tickets_search_email');
  await knex.raw(`create index tickets_search_email on tickets using gin ((translate(lower(customer_email), '.-_+@', 'qqqqq')) ??.gin_trgm_ops)`, [schema]);
  await knex.raw('create index tickets_by_time on tickets (opened_at, number)');
  await knex.raw('create index tickets_by_changed_time on tickets (changed_at, number)');
}

export async function down(knex: Knex): Promise<void> {
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  await knex.raw('drop index if exists tickets_by_changed_time');
  await knex.raw('drop index if exists tickets_by_time');
  await knex.raw('drop index if exists tickets_search_email');
  await knex.raw('create index tickets_search_email on tickets using gin (customer_email ??.gin_trgm_ops)', [String(found.rows[0].nspname)]);
}
