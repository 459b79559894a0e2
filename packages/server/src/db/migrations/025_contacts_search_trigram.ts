import type { Knex } from 'knex';

/**
 * The contacts search box matches a substring of name, email or company (`ilike '%…%'`), which
 * no b-tree serves: at a million contacts every search read the whole table. Trigram GIN
 * indexes let PostgreSQL find the candidate rows instead. pg_trgm ships with PostgreSQL
 * (a trusted extension) and with PGlite as a contrib extension (loaded in create-db.ts).
 *
 * The extension lives in `public` whatever schema the tables use, so a database with several
 * schemas (one per tenant deployment or test run) shares one copy and dropping a schema never
 * drops it; the operator class is named with the schema it was found in.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create extension if not exists pg_trgm with schema public');
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  const schema = String(found.rows[0].nspname);
  for (const column of ['name', 'email', 'company']) {
    await knex.raw(`create index ?? on contacts using gin (?? ??.gin_trgm_ops)`, [`contacts_search_${column}`, column, schema]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const column of ['name', 'email', 'company']) await knex.raw(`drop index if exists contacts_search_${column}`);
}
