import type { Knex } from 'knex';

/**
 * Searching a master account's transactions, and mailing their receipts.
 *
 * - `transactions.customer_locale`: the customer's language as the host back-end states it (a
 *   BCP 47 tag such as `hu` or `de-AT`), null where it did not; the receipt is written in it.
 * - Indexes for the search. Every page is read as one ordered index range per account, merged
 *   by the planner: `transactions_workspace_time` (migration 031) for the plain list and date
 *   ranges, `transactions_kind_time` when the search names kinds, `transactions_product_time`
 *   when it names a product (a product id belongs to one account). A receipt number is found
 *   through `transactions_workspace_receipt` (031). The customer search matches a substring of
 *   the name or the email: a trigram GIN index over both, as the contacts search has (pg_trgm,
 *   loaded into PGlite as a contrib extension in create-db.ts), named with the schema the
 *   extension lives in.
 * - `outbox_attachments`: files sent with a message (a receipt's PDF). The outbox keeps them with
 *   their message, sealed under the instance secret as the message text is: a receipt names its
 *   customer, and a host back-end that delivers the outbox itself needs the file too.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('transactions', (t) => {
    t.text('customer_locale');
  });
  await knex.raw('create index transactions_kind_time on transactions (workspace_id, kind, occurred_at desc, id desc)');
  await knex.raw('create index transactions_product_time on transactions (product_id, occurred_at desc, id desc)');
  const found = await knex.raw("select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'");
  await knex.raw("create index transactions_customer_search on transactions using gin ((customer_name || ' ' || customer_email) ??.gin_trgm_ops)", [String(found.rows[0].nspname)]);

  await knex.schema.createTable('outbox_attachments', (t) => {
    t.uuid('outbox_id').notNullable().references('outbox.id').onDelete('CASCADE');
    t.smallint('position').notNullable();
    t.uuid('workspace_id').references('workspaces.id').onDelete('CASCADE');
    t.text('filename').notNullable();
    t.text('content_type').notNullable();
    t.integer('size').notNullable();
    t.binary('content_sealed').notNullable();
    t.primary(['outbox_id', 'position']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('outbox_attachments');
  await knex.raw('drop index transactions_customer_search');
  await knex.raw('drop index transactions_product_time');
  await knex.raw('drop index transactions_kind_time');
  await knex.schema.alterTable('transactions', (t) => {
    t.dropColumn('customer_locale');
  });
}
