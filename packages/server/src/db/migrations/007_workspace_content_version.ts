import type { Knex } from 'knex';

/**
 * A number on each workspace that grows whenever anything a client's overview shows changes:
 * galleries (title, cover, navigation, item count, place in the tree), items, the galleries
 * added to an access, an access's name or scope. A server instance may keep an overview it
 * built, and serve it again only while this number is the same — read in the same query that
 * checks the session — so every instance answers as if it had read everything anew.
 * Sign-ins (use count, last use) do not touch it.
 */
const watched = ['galleries', 'gallery_items', 'access_galleries', 'client_accesses'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('workspaces', (t) => {
    t.bigInteger('content_version').notNullable().defaultTo(0);
  });
  // Transition tables allow one event per trigger: one function, three triggers per table.
  await knex.raw(`
    create function bump_workspace_content_version() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update workspaces set content_version = content_version + 1 where id in (select distinct workspace_id from old_rows);
      else
        update workspaces set content_version = content_version + 1 where id in (select distinct workspace_id from new_rows);
      end if;
      return null;
    end $$`);
  // An access's update counts only when its name or scope changes; transition tables do not
  // go with a column list, so that one trigger works row by row.
  await knex.raw(`
    create function bump_workspace_content_version_of_row() returns trigger language plpgsql as $$
    begin
      update workspaces set content_version = content_version + 1 where id = new.workspace_id;
      return null;
    end $$`);
  for (const table of watched) {
    await knex.raw(`create trigger ${table}_content_version_insert after insert on ${table}
      referencing new table as new_rows for each statement execute function bump_workspace_content_version()`);
    await knex.raw(
      table === 'client_accesses'
        ? `create trigger ${table}_content_version_update after update of name, scope on ${table}
             for each row execute function bump_workspace_content_version_of_row()`
        : `create trigger ${table}_content_version_update after update on ${table}
             referencing new table as new_rows for each statement execute function bump_workspace_content_version()`,
    );
    await knex.raw(`create trigger ${table}_content_version_delete after delete on ${table}
      referencing old table as old_rows for each statement execute function bump_workspace_content_version()`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of watched) {
    for (const event of ['insert', 'update', 'delete']) await knex.raw(`drop trigger ${table}_content_version_${event} on ${table}`);
  }
  await knex.raw('drop function bump_workspace_content_version_of_row()');
  await knex.raw('drop function bump_workspace_content_version()');
  await knex.schema.alterTable('workspaces', (t) => {
    t.dropColumn('content_version');
  });
}
