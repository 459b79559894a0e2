import type { Knex } from 'knex';

/**
 * A workspace's contacts (a hosting account's sub-accounts, a print shop's customers): the
 * person, their account's status, and the identity they sign in with once registered. Indexes
 * serve keyset paging for every sort column; nullable columns sort by (is null, value) so
 * nulls need no special case.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('contacts', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.uuid('id').notNullable();
    t.text('name').notNullable();
    t.text('email').notNullable();
    t.text('company');
    t.text('kind').notNullable(); // 'customer' | 'notification-only' | 'sub-account'
    t.text('status').notNullable(); // 'unregistered' | 'not-active' | 'active' | 'deactivated'
    t.boolean('invitation_sent').notNullable().defaultTo(false);
    t.timestamp('terms_accepted_at', { useTz: true });
    t.uuid('identity_id').references('identities.id').onDelete('SET NULL');
    t.jsonb('permissions').notNullable().defaultTo('[]'); // a sub-account's hand-picked permissions
    t.jsonb('notifications').notNullable().defaultTo('[]'); // the email categories subscribed to
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'id']);
    t.index(['identity_id']);
  });
  // The lifecycle order, for sorting by status.
  await knex.raw(`alter table contacts add column status_rank smallint generated always as (
    case status when 'unregistered' then 0 when 'not-active' then 1 when 'active' then 2 else 3 end) stored`);
  await knex.raw("alter table contacts add constraint contacts_kind_check check (kind in ('customer', 'notification-only', 'sub-account'))");
  await knex.raw(
    "alter table contacts add constraint contacts_status_check check (status in ('unregistered', 'not-active', 'active', 'deactivated'))",
  );
  await knex.raw('create unique index contacts_email_unique on contacts (workspace_id, email)');
  await knex.raw('create index contacts_by_name on contacts (workspace_id, lower(name), id)');
  await knex.raw("create index contacts_by_company on contacts (workspace_id, (company is null), coalesce(lower(company), ''), id)");
  await knex.raw('create index contacts_by_status on contacts (workspace_id, status_rank, id)');
  await knex.raw('create index contacts_by_invitation on contacts (workspace_id, invitation_sent, id)');
  await knex.raw(
    'create index contacts_by_terms on contacts (workspace_id, (terms_accepted_at is null), coalesce(terms_accepted_at, to_timestamp(0)), id)',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('contacts');
}
