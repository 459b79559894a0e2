import type { Knex } from 'knex';

/**
 * Plan features of a workspace, switched on by the operator (agency access comes only with
 * the plan that includes it). A row means the feature is on.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspace_features', (t) => {
    t.uuid('workspace_id').notNullable().references('workspaces.id').onDelete('CASCADE');
    t.text('feature').notNullable();
    t.timestamp('enabled_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'feature']);
  });
  await knex.raw("alter table workspace_features add constraint workspace_features_feature_check check (feature in ('agency'))");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('workspace_features');
}
