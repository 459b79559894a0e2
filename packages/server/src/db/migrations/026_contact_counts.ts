import type { Knex } from 'knex';

/**
 * How many contacts a workspace has, per status and invitation flag. The contacts table shows
 * how many contacts its filters match; counting them on every page was by far the largest cost
 * of `contacts.list` (150 ms at a million contacts against 0.4 ms for the page itself). Every
 * filter but the search box is a set of these buckets, so the total is a sum of a few rows.
 *
 * Statement-level triggers keep the buckets right for every way contacts are written (one
 * create, a bulk deactivation, a cascade), in the same transaction as the write. A statement
 * takes its buckets' row locks in one order, so two statements never wait on each other in a
 * circle; writers of one bucket wait for each other's commit, which contact writes, short and
 * few, can afford.
 *
 * Also two indexes for the table's default order (by name) under its filters: without them a
 * status that is rare near the start of the alphabet read tens of thousands of rows per page.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('lock table contacts in share row exclusive mode');
  await knex.schema.createTable('contact_counts', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.text('status').notNullable();
    t.boolean('invitation_sent').notNullable();
    t.bigInteger('n').notNullable();
    t.primary(['workspace_id', 'status', 'invitation_sent']);
  });
  await knex.raw(`
    insert into contact_counts (workspace_id, status, invitation_sent, n)
    select workspace_id, status, invitation_sent, count(*) from contacts group by 1, 2, 3`);
  // A statement's changes, one row per bucket, applied by one function. It first touches every
  // bucket in key order (creating the missing ones), so each statement takes its row locks in
  // the same order as every other, and only then adds the changes.
  await knex.raw('create type contact_count_change as (workspace_id uuid, status text, invitation_sent boolean, n bigint)');
  await knex.raw(`
    create function contact_counts_apply(changes contact_count_change[]) returns void language sql as $$
      insert into contact_counts as c (workspace_id, status, invitation_sent, n)
      select workspace_id, status, invitation_sent, 0 from unnest(changes) order by 1, 2, 3
      on conflict (workspace_id, status, invitation_sent) do update set n = c.n;
      update contact_counts c set n = c.n + d.n
        from unnest(changes) d
       where c.workspace_id = d.workspace_id and c.status = d.status and c.invitation_sent = d.invitation_sent;
    $$`);
  // One function for the three events; each branch reads only the transition tables its event has.
  await knex.raw(`
    create function contacts_count() returns trigger language plpgsql as $$
    declare
      changes contact_count_change[];
    begin
      if tg_op = 'INSERT' then
        select array_agg((workspace_id, status, invitation_sent, n)::contact_count_change) into changes
          from (select workspace_id, status, invitation_sent, count(*) as n from new_contacts group by 1, 2, 3) d;
      elsif tg_op = 'DELETE' then
        -- A workspace being deleted takes its buckets with it; there is nothing left to count.
        select array_agg((workspace_id, status, invitation_sent, -n)::contact_count_change) into changes
          from (select workspace_id, status, invitation_sent, count(*) as n from old_contacts group by 1, 2, 3) d
         where exists (select 1 from workspaces w where w.id = d.workspace_id);
      else
        -- Only buckets whose count changes are written: renaming a contact touches none.
        select array_agg((workspace_id, status, invitation_sent, n)::contact_count_change) into changes
          from (select workspace_id, status, invitation_sent, sum(n) as n
                  from (select workspace_id, status, invitation_sent, 1 as n from new_contacts
                        union all
                        select workspace_id, status, invitation_sent, -1 from old_contacts) moved
                 group by 1, 2, 3
                having sum(n) <> 0) d;
      end if;
      if changes is not null then
        perform contact_counts_apply(changes);
      end if;
      return null;
    end $$`);
  await knex.raw(`create trigger contacts_count_insert after insert on contacts
    referencing new table as new_contacts for each statement execute function contacts_count()`);
  await knex.raw(`create trigger contacts_count_delete after delete on contacts
    referencing old table as old_contacts for each statement execute function contacts_count()`);
  await knex.raw(`create trigger contacts_count_update after update on contacts
    referencing old table as old_contacts new table as new_contacts for each statement execute function contacts_count()`);
  await knex.raw('create index contacts_by_status_name on contacts (workspace_id, status, lower(name), id)');
  await knex.raw('create index contacts_by_invitation_name on contacts (workspace_id, invitation_sent, lower(name), id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index contacts_by_invitation_name');
  await knex.raw('drop index contacts_by_status_name');
  await knex.raw('drop trigger contacts_count_update on contacts');
  await knex.raw('drop trigger contacts_count_delete on contacts');
  await knex.raw('drop trigger contacts_count_insert on contacts');
  await knex.raw('drop function contacts_count()');
  await knex.raw('drop function contact_counts_apply(contact_count_change[])');
  await knex.raw('drop type contact_count_change');
  await knex.schema.dropTable('contact_counts');
}
