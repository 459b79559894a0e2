import type { Knex } from 'knex';

/**
 * Links that change an account-wide credential, and where sessions were opened.
 *
 * - `account_links`: a sign-up waiting for its address to be confirmed (the chosen password's
 *   hash waits here, and no identity exists until the link is followed), and a new email
 *   waiting for the new address to confirm it. Only the token's hash is kept.
 * - `password_resets.workspace_id` may be empty: a person resets their own password from the
 *   operator's page, for no workspace.
 * - `sessions.source` and `sessions.user_agent`: so that a person can tell their own sessions
 *   apart (this laptop, that phone) and end the ones they do not know; the address as the server
 *   saw it, behind the proxies it trusts.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('account_links', (t) => {
    t.uuid('id').primary();
    t.text('purpose').notNullable(); // 'sign-up' | 'email-change'
    t.binary('token_hash').notNullable().unique();
    t.text('email').notNullable();
    t.text('name');
    t.text('password_hash');
    t.boolean('agency').notNullable().defaultTo(false);
    t.uuid('identity_id').references('identities.id').onDelete('CASCADE');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.index(['identity_id']);
  });
  await knex.raw("alter table account_links add constraint account_links_purpose_check check (purpose in ('sign-up', 'email-change'))");
  await knex.schema.alterTable('password_resets', (t) => {
    t.uuid('workspace_id').nullable().alter();
  });
  await knex.schema.alterTable('sessions', (t) => {
    t.text('source');
    t.text('user_agent');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.dropColumn('user_agent');
    t.dropColumn('source');
  });
  await knex('password_resets').whereNull('workspace_id').delete();
  await knex.schema.alterTable('password_resets', (t) => {
    t.uuid('workspace_id').notNullable().alter();
  });
  await knex.schema.dropTable('account_links');
}
