import type { Knex } from 'knex';

/**
 * Which contact accepted which version of the terms, and when. A contact's own
 * `terms_accepted_at` is cleared by every new version (it says whether the current one is
 * accepted); this keeps what was accepted before, so the terms' page counts each version's
 * acceptances. Contacts who hold an acceptance now are taken over as having accepted the
 * workspace's current version.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('terms_acceptances', (t) => {
    t.uuid('workspace_id').notNullable();
    t.integer('version').notNullable();
    t.uuid('contact_id').notNullable();
    t.timestamp('accepted_at', { useTz: true }).notNullable();
    t.primary(['workspace_id', 'version', 'contact_id']);
    t.foreign(['workspace_id', 'version']).references(['workspace_id', 'version']).inTable('terms_versions').onDelete('CASCADE');
    // A deleted contact takes their acceptances along.
    t.foreign(['workspace_id', 'contact_id']).references(['workspace_id', 'id']).inTable('contacts').onDelete('CASCADE');
  });
  await knex.raw('create index terms_acceptances_by_contact on terms_acceptances (workspace_id, contact_id)');
  await knex.raw(`
    insert into terms_acceptances (workspace_id, version, contact_id, accepted_at)
    select c.workspace_id, latest.version, c.id, c.terms_accepted_at
      from contacts c
      join (select workspace_id, max(version) as version from terms_versions group by workspace_id) latest on latest.workspace_id = c.workspace_id
     where c.terms_accepted_at is not null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('terms_acceptances');
}
