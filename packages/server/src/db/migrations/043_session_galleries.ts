import type { Knex } from 'knex';

/**
 * Every gallery a gallery session unlocked by its password, so that one visitor's session opens
 * all of them in that workspace: moving up to a parent and back down asks for no password twice.
 * A session's `subject_id` stays the first gallery it unlocked; what it opens is read from here.
 * Both sides cascade: a session that ends, or a gallery deleted, leaves nothing behind. The
 * sessions already open hold their one gallery here, so nobody is asked again by the upgrade.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('session_galleries', (t) => {
    t.uuid('session_id').notNullable().references('sessions.id').onDelete('CASCADE');
    t.uuid('workspace_id').notNullable();
    t.uuid('gallery_id').notNullable();
    t.timestamp('unlocked_at', { useTz: true }).notNullable();
    t.primary(['session_id', 'gallery_id']);
    t.foreign(['workspace_id', 'gallery_id']).references(['workspace_id', 'id']).inTable('galleries').onDelete('CASCADE');
    // A changed password takes its gallery out of every session at once.
    t.index(['workspace_id', 'gallery_id']);
  });
  await knex.raw(`
    insert into session_galleries (session_id, workspace_id, gallery_id, unlocked_at)
    select s.id, s.workspace_id, s.subject_id, s.created_at
      from sessions s
      join galleries g on g.workspace_id = s.workspace_id and g.id = s.subject_id
     where s.kind = 'gallery'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('session_galleries');
}
