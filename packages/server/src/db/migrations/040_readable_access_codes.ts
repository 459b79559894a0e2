import type { Knex } from 'knex';

/**
 * An access's code is kept sealed under the instance key (security/access-codes.ts) beside the
 * keyed digest it is looked up by, so the owner can show and copy it again. Codes set before
 * have none: only their digest exists, and rotating gives a code that is kept.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('client_accesses', (t) => {
    t.binary('code_sealed').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('client_accesses', (t) => {
    t.dropColumn('code_sealed');
  });
}
