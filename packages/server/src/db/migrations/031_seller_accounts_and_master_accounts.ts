import type { Knex } from 'knex';

/**
 * Sellers' accounts and the master accounts that link them.
 *
 * - `workspaces.kind`: a seller `account` (every workspace so far) or a `master` account, whose
 *   owner opens its linked accounts without signing in to each and whose members are the
 *   third-party users. `account_email` is where a seller account's confirmations go.
 *   `password_policy` names the rules a password set for the workspace must meet.
 * - `products` and `transactions` of a seller account, amounts in minor units. A sale's receipt
 *   number is unique in its account; refunds, chargebacks, rebills and cancellations carry the
 *   receipt of their sale.
 * - `sales_daily`: sales, gross and refunds per account, UTC day and currency, kept by a
 *   statement-level trigger in the same transaction as every write of transactions, so the
 *   dashboard sums a few hundred rows instead of scanning millions. Each day is spread over
 *   eight slots by receipt number: concurrent writers of one busy account and day then wait on
 *   one eighth of each other's row locks.
 * - `master_links`: which master account (`workspace_id`) a seller account is linked to (at most one).
 * - `master_user_accounts`: the linked accounts each third-party user may work in; unlinking an
 *   account or removing the user removes the rows.
 * - `master_link_requests`: a registration or an "add account" waiting for its emailed link.
 *   Only the token's hash is kept.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspaces', (t) => {
    t.text('kind').notNullable().defaultTo('account');
    t.text('account_email');
    t.text('password_policy').notNullable().defaultTo('standard');
  });
  await knex.raw("alter table workspaces add constraint workspaces_kind_check check (kind in ('account', 'master'))");
  await knex.raw("alter table workspaces add constraint workspaces_password_policy_check check (password_policy in ('standard', 'two-of-each'))");

  await knex.schema.createTable('products', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.text('sku').notNullable();
    t.text('name').notNullable();
    t.text('kind').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.unique(['workspace_id', 'sku']);
  });
  await knex.raw("alter table products add constraint products_kind_check check (kind in ('standard', 'recurring'))");

  await knex.schema.createTable('transactions', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('product_id').notNullable().references('products.id').onDelete('CASCADE');
    t.text('receipt_number').notNullable();
    t.text('kind').notNullable();
    t.timestamp('occurred_at', { useTz: true }).notNullable();
    t.text('customer_name').notNullable();
    t.text('customer_email').notNullable();
    t.bigInteger('amount_minor').notNullable();
    t.bigInteger('tax_minor');
    t.text('currency').notNullable();
    t.uuid('recorded_by');
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.raw("alter table transactions add constraint transactions_kind_check check (kind in ('sale', 'rebill', 'refund', 'chargeback', 'cancellation'))");
  await knex.raw('alter table transactions add constraint transactions_amount_check check (amount_minor >= 0 and (tax_minor is null or tax_minor between 0 and amount_minor))');
  await knex.raw("create unique index transactions_sale_receipt on transactions (workspace_id, receipt_number) where kind = 'sale'");
  await knex.raw('create index transactions_workspace_time on transactions (workspace_id, occurred_at desc, id desc)');
  await knex.raw('create index transactions_workspace_receipt on transactions (workspace_id, receipt_number)');

  await knex.schema.createTable('sales_daily', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.date('day').notNullable();
    t.text('currency').notNullable();
    t.smallint('slot').notNullable();
    t.bigInteger('sales').notNullable();
    t.bigInteger('gross_minor').notNullable();
    t.bigInteger('refunds_minor').notNullable();
    t.primary(['workspace_id', 'day', 'currency', 'slot']);
  });
  await knex.raw('create type sales_daily_change as (workspace_id uuid, day date, currency text, slot smallint, sales bigint, gross_minor bigint, refunds_minor bigint)');
  // As for the contact counts: first every bucket is touched in key order (created when missing),
  // so each statement takes its row locks in the same order as every other; then the sums change.
  await knex.raw(`
    create function sales_daily_apply(changes sales_daily_change[]) returns void language sql as $$
      insert into sales_daily as s (workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)
      select workspace_id, day, currency, slot, 0, 0, 0 from unnest(changes) order by 1, 2, 3, 4
      on conflict (workspace_id, day, currency, slot) do update set sales = s.sales;
      update sales_daily s set sales = s.sales + d.sales, gross_minor = s.gross_minor + d.gross_minor, refunds_minor = s.refunds_minor + d.refunds_minor
        from unnest(changes) d
       where s.workspace_id = d.workspace_id and s.day = d.day and s.currency = d.currency and s.slot = d.slot;
    $$`);
  // What one transaction adds to its day: a sale or rebill counts and adds to gross; a refund or
  // chargeback adds to refunds; a cancellation moves no money.
  await knex.raw(`
    create function sales_daily_change_of(t transactions, sign int) returns sales_daily_change language sql immutable as $$
      select (t.workspace_id, (t.occurred_at at time zone 'UTC')::date, t.currency, (hashtext(t.receipt_number) & 7)::smallint,
              sign * (t.kind in ('sale', 'rebill'))::int,
              sign * case when t.kind in ('sale', 'rebill') then t.amount_minor else 0 end,
              sign * case when t.kind in ('refund', 'chargeback') then t.amount_minor else 0 end)::sales_daily_change
    $$`);
  await knex.raw(`
    create function transactions_sales_daily() returns trigger language plpgsql as $$
    declare
      changes sales_daily_change[];
    begin
      if tg_op = 'INSERT' then
        select array_agg((workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)::sales_daily_change) into changes
          from (select (c).workspace_id, (c).day, (c).currency, (c).slot, sum((c).sales) as sales, sum((c).gross_minor) as gross_minor, sum((c).refunds_minor) as refunds_minor
                  from (select sales_daily_change_of(n, 1) as c from new_transactions n) x group by 1, 2, 3, 4) d;
      elsif tg_op = 'DELETE' then
        select array_agg((workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)::sales_daily_change) into changes
          from (select (c).workspace_id, (c).day, (c).currency, (c).slot, sum((c).sales) as sales, sum((c).gross_minor) as gross_minor, sum((c).refunds_minor) as refunds_minor
                  from (select sales_daily_change_of(o, -1) as c from old_transactions o) x group by 1, 2, 3, 4) d
         where exists (select 1 from workspaces w where w.id = d.workspace_id);
      else
        select array_agg((workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)::sales_daily_change) into changes
          from (select (c).workspace_id, (c).day, (c).currency, (c).slot, sum((c).sales) as sales, sum((c).gross_minor) as gross_minor, sum((c).refunds_minor) as refunds_minor
                  from (select sales_daily_change_of(n, 1) as c from new_transactions n
                        union all
                        select sales_daily_change_of(o, -1) from old_transactions o) x group by 1, 2, 3, 4) d;
      end if;
      if changes is not null then
        perform sales_daily_apply(changes);
      end if;
      return null;
    end $$`);
  await knex.raw('create trigger transactions_sales_daily_insert after insert on transactions referencing new table as new_transactions for each statement execute function transactions_sales_daily()');
  await knex.raw('create trigger transactions_sales_daily_delete after delete on transactions referencing old table as old_transactions for each statement execute function transactions_sales_daily()');
  await knex.raw(
    'create trigger transactions_sales_daily_update after update on transactions referencing old table as old_transactions new table as new_transactions for each statement execute function transactions_sales_daily()',
  );

  // A link belongs to its master account: `workspace_id` is the master's, as on every tenant table.
  await knex.schema.createTable('master_links', (t) => {
    t.uuid('account_id').primary().references('workspaces.id').onDelete('CASCADE');
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.timestamp('linked_at', { useTz: true }).notNullable();
    t.index(['workspace_id']);
  });
  await knex.raw('alter table master_links add constraint master_links_not_itself check (account_id <> workspace_id)');

  await knex.schema.createTable('master_user_accounts', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('identity_id').notNullable();
    t.uuid('account_id').notNullable().references('master_links.account_id').onDelete('CASCADE');
    t.primary(['workspace_id', 'identity_id', 'account_id']);
    t.foreign(['workspace_id', 'identity_id']).references(['workspace_id', 'identity_id']).inTable('memberships').onDelete('CASCADE');
    t.index(['account_id']);
  });

  await knex.schema.createTable('master_link_requests', (t) => {
    t.uuid('id').primary();
    t.text('purpose').notNullable();
    t.binary('token_hash').notNullable().unique();
    // The seller account to be linked; the master account, once there is one (an "add account").
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('master_id').references('workspaces.id').onDelete('CASCADE');
    t.text('email').notNullable();
    t.text('name');
    t.uuid('requested_by');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['master_id']);
    t.index(['workspace_id']);
  });
  await knex.raw("alter table master_link_requests add constraint master_link_requests_purpose_check check (purpose in ('register', 'link'))");
  await knex.raw("alter table master_link_requests add constraint master_link_requests_master_check check ((purpose = 'link') = (master_id is not null))");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('master_link_requests');
  await knex.schema.dropTable('master_user_accounts');
  await knex.schema.dropTable('master_links');
  await knex.schema.dropTable('sales_daily');
  await knex.schema.dropTable('transactions');
  await knex.raw('drop function transactions_sales_daily()');
  await knex.raw('drop function sales_daily_change_of(transactions, int)');
  await knex.raw('drop function sales_daily_apply(sales_daily_change[])');
  await knex.raw('drop type sales_daily_change');
  await knex.schema.dropTable('products');
  await knex.schema.alterTable('workspaces', (t) => {
    t.dropColumn('password_policy');
    t.dropColumn('account_email');
    t.dropColumn('kind');
  });
}
