import type { Knex } from 'knex';

/**
 * A search by a piece of a customer's email is read one of two ways (areas/tickets/email-search.ts),
 * and each needs an index of its own:
 *
 * - A piece few tickets hold is found through a trigram index, then checked against the email.
 *   pg_trgm splits text into words at every character that is not a letter or digit, so
 *   `e.wright` used to look for every email with `wright` and a word starting with `e`: eight
 *   thousand tickets read for five hundred found. The index now holds the email with its marks
 *   written as digits (`.@_-+'` as `012345`), a one-for-one change the search makes to the piece
 *   too, so a piece with a dot or an @ is a word the index can find.
 * - A piece very many tickets hold (a common surname) is read in time order from a covering
 *   index, its email compared in the index without visiting the table, until the page is full:
 *   fifty matches among the newest few thousand tickets rather than every one of sixteen
 *   thousand. One such index per sort time: opening for newest and oldest, change for changed.
 *
 * Emails are kept in lower case, as every write already stores them, so both ways compare them
 * as they are.
 */
export async function up(knex: Knex): Promise<void> {
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  const trigrams = String(found.rows[0].nspname);
  await knex.raw(`create index tickets_search_email_marks on tickets using gin ((translate(customer_email, '.@_-+''', '012345')) ??.gin_trgm_ops)`, [trigrams]);
  await knex.raw('drop index tickets_search_email');
  await knex.raw('create index tickets_walk_opened on tickets (opened_at, number) include (workspace_id, status, type, product_kind, customer_email)');
  await knex.raw('create index tickets_walk_changed on tickets (changed_at, number) include (workspace_id, status, type, product_kind, customer_email)');
  await knex.raw('alter table tickets add constraint tickets_customer_email_lower_case check (customer_email = lower(customer_email))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table tickets drop constraint tickets_customer_email_lower_case');
  await knex.raw('drop index tickets_walk_changed');
  await knex.raw('drop index tickets_walk_opened');
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  await knex.raw('create index tickets_search_email on tickets using gin (customer_email ??.gin_trgm_ops)', [String(found.rows[0].nspname)]);
  await knex.raw('drop index tickets_search_email_marks');
}
