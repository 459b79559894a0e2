import type { Knex } from 'knex';

/**
 * `sales_versions`: a counter per seller account that every change of its daily sales moves
 * forward, in the same statement. A dashboard built from `sales_daily` is kept under the sum of
 * its accounts' counters, so it is served again only while nothing it adds up has changed.
 * Each database session counts in its own one of eight slots (by backend process), so
 * concurrent recorders of one account never wait on one counter row.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sales_versions', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.smallint('slot').notNullable();
    t.bigInteger('version').notNullable();
    t.primary(['workspace_id', 'slot']);
  });
  await knex.raw(`
    create or replace function sales_daily_apply(changes sales_daily_change[]) returns void language sql as $$
      insert into sales_daily as s (workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)
      select workspace_id, day, currency, slot, 0, 0, 0 from unnest(changes) order by 1, 2, 3, 4
      on conflict (workspace_id, day, currency, slot) do update set sales = s.sales;
      update sales_daily s set sales = s.sales + d.sales, gross_minor = s.gross_minor + d.gross_minor, refunds_minor = s.refunds_minor + d.refunds_minor
        from unnest(changes) d
       where s.workspace_id = d.workspace_id and s.day = d.day and s.currency = d.currency and s.slot = d.slot;
      insert into sales_versions as v (workspace_id, slot, version)
      select distinct workspace_id, (pg_backend_pid() & 7)::smallint, 1 from unnest(changes) order by 1
      on conflict (workspace_id, slot) do update set version = v.version + 1;
    $$`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function sales_daily_apply(changes sales_daily_change[]) returns void language sql as $$
      insert into sales_daily as s (workspace_id, day, currency, slot, sales, gross_minor, refunds_minor)
      select workspace_id, day, currency, slot, 0, 0, 0 from unnest(changes) order by 1, 2, 3, 4
      on conflict (workspace_id, day, currency, slot) do update set sales = s.sales;
      update sales_daily s set sales = s.sales + d.sales, gross_minor = s.gross_minor + d.gross_minor, refunds_minor = s.refunds_minor + d.refunds_minor
        from unnest(changes) d
       where s.workspace_id = d.workspace_id and s.day = d.day and s.currency = d.currency and s.slot = d.slot;
    $$`);
  await knex.schema.dropTable('sales_versions');
}
