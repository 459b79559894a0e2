import type { Knex } from 'knex';

/** The rows a client call's kept facts are read from (cache/kept-client-sessions.ts). */
const watched = ['sessions', 'workspaces', 'client_accesses'] as const;

/**
 * Every change to a session, a workspace or a client access is announced on the channel
 * `foyer_changes` as "<schema> <table> <id>", whoever makes it: this server, another instance,
 * a housekeeping run, an operator's SQL. Instances that keep what those rows said drop it when
 * it is announced (db/change-feed.ts). NOTIFY is sent at commit and only then, so a change that
 * rolls back is never announced; PostgreSQL folds repeats within one transaction.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function foyer_announce_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify('foyer_changes', tg_table_schema || ' ' || tg_table_name || ' ' || old.id::text);
      return null;
    end
    $$`);
  for (const table of watched) {
    await knex.raw(`create trigger ?? after update or delete on ?? for each row execute function foyer_announce_change()`, [`${table}_announce_change`, table]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of watched) await knex.raw('drop trigger ?? on ??', [`${table}_announce_change`, table]);
  await knex.raw('drop function foyer_announce_change()');
}
