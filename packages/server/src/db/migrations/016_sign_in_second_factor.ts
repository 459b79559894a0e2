import type { Knex } from 'knex';

/**
 * Signing in with a second factor takes two steps. Between them the identity holds a
 * short-lived, single-use challenge: a session of kind 'second-factor' that opens nothing
 * else. A session records when it passed the second factor, which the workspace policy and
 * agency grants ask for.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sessions', (t) => {
    t.timestamp('second_factor_at', { useTz: true });
  });
  await knex.raw('alter table sessions drop constraint sessions_kind_check');
  await knex.raw("alter table sessions add constraint sessions_kind_check check (kind in ('identity', 'access', 'gallery', 'second-factor'))");
}

export async function down(knex: Knex): Promise<void> {
  await knex('sessions').where({ kind: 'second-factor' }).delete();
  await knex.raw('alter table sessions drop constraint sessions_kind_check');
  await knex.raw("alter table sessions add constraint sessions_kind_check check (kind in ('identity', 'access', 'gallery'))");
  await knex.schema.alterTable('sessions', (t) => {
    t.dropColumn('second_factor_at');
  });
}
