import type { Knex } from 'knex';

/**
 * What the master account's reports read.
 *
 * - `ticket_history_daily`: how many history rows each seller account has per UTC day, kind of
 *   change, type (before and after) and actor, kept by statement-level triggers in the same
 *   transaction as every write of `ticket_history`, as the ticket counts are. The reports per day
 *   (tickets created, ticket changes, closed and opened by third parties) add up these rows and
 *   never scan the history: 30 days of ten accounts are a few thousand rows, where the history
 *   holds hundreds of thousands. Each database session counts in its own one of eight slots (by
 *   backend process), as daily sales do, so a host back-end opening tickets on many connections
 *   does not queue on one row; a row removed from the history is taken off in the slot of the
 *   session that removes it, so only the sum over the slots means anything.
 * - The history by actor and time now carries the ticket's number and type, so the tickets a
 *   third party worked on in a period are read from the index alone; and the comments have an
 *   index of their own per actor, so the newest comments of all third parties are a merge of a
 *   few ordered ranges however many other changes the actors made.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table ticket_history_daily (
      workspace_id uuid not null references workspaces (id) on delete cascade,
      kind text not null,
      day date not null,
      to_type text not null,
      from_type text,
      actor_identity_id uuid,
      slot smallint not null,
      n bigint not null,
      constraint ticket_history_daily_key unique nulls not distinct (workspace_id, kind, day, to_type, from_type, actor_identity_id, slot)
    )`);
  await knex.raw('create type ticket_history_daily_change as (workspace_id uuid, kind text, day date, to_type text, from_type text, actor_identity_id uuid, n bigint)');
  // Written in key order, so that every statement takes its row locks in the same order as every
  // other; an account being deleted takes its buckets with it, so there is nothing to take off.
  await knex.raw(`
    create function ticket_history_daily_apply(changes ticket_history_daily_change[]) returns void language sql as $$
      insert into ticket_history_daily as d (workspace_id, kind, day, to_type, from_type, actor_identity_id, slot, n)
      select c.workspace_id, c.kind, c.day, c.to_type, c.from_type, c.actor_identity_id, (pg_backend_pid() & 7)::smallint, c.n
        from unnest(changes) c
       where exists (select 1 from workspaces w where w.id = c.workspace_id)
       order by 1, 2, 3, 4, 5, 6
      on conflict on constraint ticket_history_daily_key do update set n = d.n + excluded.n;
    $$`);
  // Rows in count up, rows out count down, an update is both; a bucket that does not move is not written.
  const bucket = "workspace_id, kind, (at at time zone 'UTC')::date as day, to_type, from_type, actor_identity_id";
  const changes = (rows: string) =>
    `select array_agg((workspace_id, kind, day, to_type, from_type, actor_identity_id, n)::ticket_history_daily_change) into changes
       from (select workspace_id, kind, day, to_type, from_type, actor_identity_id, sum(n) as n from (${rows}) m group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0) d`;
  await knex.raw(`
    create function ticket_history_daily_count() returns trigger language plpgsql as $$
    declare
      changes ticket_history_daily_change[];
    begin
      if tg_op = 'INSERT' then
        ${changes(`select ${bucket}, 1 as n from new_rows`)};
      elsif tg_op = 'DELETE' then
        ${changes(`select ${bucket}, -1 as n from old_rows`)};
      else
        ${changes(`select ${bucket}, 1 as n from new_rows union all select ${bucket}, -1 from old_rows`)};
      end if;
      if changes is not null then
        perform ticket_history_daily_apply(changes);
      end if;
      return null;
    end $$`);
  await knex.raw('create trigger ticket_history_daily_insert after insert on ticket_history referencing new table as new_rows for each statement execute function ticket_history_daily_count()');
  await knex.raw('create trigger ticket_history_daily_delete after delete on ticket_history referencing old table as old_rows for each statement execute function ticket_history_daily_count()');
  await knex.raw(
    'create trigger ticket_history_daily_update after update on ticket_history referencing old table as old_rows new table as new_rows for each statement execute function ticket_history_daily_count()',
  );
  // The history so far, in slot 0.
  await knex.raw(`
    insert into ticket_history_daily (workspace_id, kind, day, to_type, from_type, actor_identity_id, slot, n)
    select workspace_id, kind, (at at time zone 'UTC')::date, to_type, from_type, actor_identity_id, 0, count(*) from ticket_history group by 1, 2, 3, 4, 5, 6`);

  await knex.raw('drop index ticket_history_by_actor_time');
  // One actor's changes over a period, newest first, with what the tickets-by-type report counts.
  await knex.raw(
    'create index ticket_history_by_actor on ticket_history (actor_identity_id, at, id) include (workspace_id, ticket_number, to_type) where actor_identity_id is not null',
  );
  await knex.raw("create index ticket_history_comments on ticket_history (actor_identity_id, at, id) include (workspace_id) where kind = 'commented'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index ticket_history_comments');
  await knex.raw('drop index ticket_history_by_actor');
  await knex.raw('create index ticket_history_by_actor_time on ticket_history (actor_identity_id, at) include (workspace_id, kind, from_type, to_type) where actor_identity_id is not null');
  await knex.raw('drop trigger ticket_history_daily_insert on ticket_history');
  await knex.raw('drop trigger ticket_history_daily_delete on ticket_history');
  await knex.raw('drop trigger ticket_history_daily_update on ticket_history');
  await knex.raw('drop function ticket_history_daily_count()');
  await knex.raw('drop function ticket_history_daily_apply(ticket_history_daily_change[])');
  await knex.raw('drop type ticket_history_daily_change');
  await knex.schema.dropTable('ticket_history_daily');
}
