import type { Knex } from 'knex';

const tables = ['identities', 'contacts', 'workspaces'] as const;

/**
 * The language mail is written in for a person (their identity, or a contact that has no login
 * yet) and for a workspace's mail to people nothing is known of. Null: not chosen; the language
 * is then taken from the request, the workspace, or else English.
 */
export async function up(knex: Knex): Promise<void> {
  for (const table of tables) {
    await knex.schema.alterTable(table, (t) => {
      t.text('language');
    });
    await knex.raw(`alter table ?? add constraint ?? check (language in ('en', 'de', 'nb', 'hu'))`, [table, `${table}_language_known`]);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of tables) {
    await knex.schema.alterTable(table, (t) => {
      t.dropColumn('language');
    });
  }
}
