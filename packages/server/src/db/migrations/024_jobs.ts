import type { Knex } from 'knex';

/** A contact's print jobs and the blob keys of their files. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('jobs', (t) => {
    t.uuid('workspace_id').notNullable();
    t.uuid('id').notNullable();
    t.uuid('contact_id').notNullable();
    t.text('name').notNullable();
    t.text('status').notNullable();
    t.text('input_key');
    t.text('input_name');
    t.text('model_key');
    t.text('model_name');
    t.text('support_key');
    t.text('support_name');
    t.text('support_type');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'id']);
    // A contact goes only through its service, which decides which jobs go with it.
    t.foreign(['workspace_id', 'contact_id']).references(['workspace_id', 'id']).inTable('contacts').onDelete('RESTRICT');
    t.index(['workspace_id', 'contact_id', 'created_at']);
  });
  await knex.raw(
    "alter table jobs add constraint jobs_status_check check (status in ('new', 'incoming', 'preflight', 'printing', 'finishing', 'completed'))",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('jobs');
}
