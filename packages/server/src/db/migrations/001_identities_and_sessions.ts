import type { Knex } from 'knex';

/** People who sign in with email and password, and every kind of session bearer token. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('identities', (t) => {
    t.uuid('id').primary();
    t.text('email').notNullable();
    t.text('name');
    t.text('password_hash').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
  });
  await knex.raw('create unique index identities_email_unique on identities (lower(email))');

  // One table for every bearer token: an identity's sign-in, a client's access-code session,
  // a visitor's unlocked gallery. `workspace_id` is set for the two that live in a workspace.
  await knex.schema.createTable('sessions', (t) => {
    t.uuid('id').primary();
    t.binary('token_hash').notNullable().unique();
    t.text('kind').notNullable(); // 'identity' | 'access' | 'gallery'
    t.uuid('identity_id').references('identities.id').onDelete('CASCADE');
    t.uuid('workspace_id');
    t.uuid('subject_id'); // the access or gallery the session is limited to
    t.boolean('preview').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('last_seen_at', { useTz: true }).notNullable();
    t.timestamp('idle_expires_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.index(['identity_id']);
    t.index(['workspace_id', 'subject_id']);
  });
  await knex.raw(
    "alter table sessions add constraint sessions_kind_check check (kind in ('identity', 'access', 'gallery'))",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
  await knex.schema.dropTable('identities');
}
