import type { Knex } from 'knex';

/**
 * Every way an identity belongs to a workspace is a membership of one kind: the owner, a
 * team member, a contact who signs in, an agency's grant, an API user. A membership holds a
 * template role, a custom role of the workspace, or a hand-picked set of permissions.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspace_roles', (t) => {
    t.uuid('id').primary();
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.jsonb('permissions').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.unique(['workspace_id', 'id']);
  });
  await knex.raw('create unique index workspace_roles_name_unique on workspace_roles (workspace_id, lower(name))');

  await knex.schema.alterTable('memberships', (t) => {
    t.renameColumn('role', 'kind');
  });
  await knex.schema.alterTable('memberships', (t) => {
    t.uuid('custom_role_id');
    t.jsonb('permissions'); // a hand-picked set, where neither a template role nor a custom role is held
    t.timestamp('disabled_at', { useTz: true });
    // A custom role stays while anyone holds it, and never reaches across workspaces.
    t.foreign(['workspace_id', 'custom_role_id']).references(['workspace_id', 'id']).inTable('workspace_roles').onDelete('RESTRICT');
  });
  await knex.raw(
    "alter table memberships add constraint memberships_kind_check check (kind in ('owner', 'member', 'contact', 'agency', 'api'))",
  );
  await knex.raw('alter table workspaces add constraint workspaces_catalog_template_check check (catalog_template in (\'photography\', \'email-marketing\', \'hosting\', \'marketplace\', \'print-shop\'))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('alter table workspaces drop constraint workspaces_catalog_template_check');
  await knex.raw('alter table memberships drop constraint memberships_kind_check');
  await knex.schema.alterTable('memberships', (t) => {
    t.dropForeign(['workspace_id', 'custom_role_id']);
    t.dropColumn('custom_role_id');
    t.dropColumn('permissions');
    t.dropColumn('disabled_at');
  });
  await knex.schema.alterTable('memberships', (t) => {
    t.renameColumn('kind', 'role');
  });
  await knex.schema.dropTable('workspace_roles');
}
