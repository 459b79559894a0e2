import type { Knex } from 'knex';

/** Client accesses (one code, many galleries) and the galleries added to each. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('client_accesses', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('id').notNullable();
    t.text('name').notNullable();
    // A keyed hash of the normalized code: unique per workspace, found in one index look-up.
    t.binary('code_digest').notNullable();
    t.text('code_hint').notNullable();
    t.text('email');
    t.text('note');
    t.text('scope').notNullable().defaultTo('navigation');
    t.timestamp('disabled_at', { useTz: true });
    t.timestamp('expires_at', { useTz: true });
    t.timestamp('last_used_at', { useTz: true });
    t.integer('use_count').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'id']);
    t.unique(['workspace_id', 'code_digest']);
  });
  await knex.raw(
    "alter table client_accesses add constraint client_accesses_scope_check check (scope in ('navigation', 'explicit'))",
  );
  await knex.schema.createTable('access_galleries', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('access_id').notNullable();
    t.uuid('gallery_id').notNullable();
    t.timestamp('added_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'access_id', 'gallery_id']);
    t.foreign(['workspace_id', 'access_id']).references(['workspace_id', 'id']).inTable('client_accesses').onDelete('CASCADE');
    t.foreign(['workspace_id', 'gallery_id']).references(['workspace_id', 'id']).inTable('galleries').onDelete('CASCADE');
    t.index(['workspace_id', 'gallery_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('access_galleries');
  await knex.schema.dropTable('client_accesses');
}
