import type { Knex } from 'knex';

/**
 * Agency accounts: identities registered with an email used for nothing else,
 * which exist only to reach the workspaces that grant them access. The services refuse
 * anything else with a clear error; the trigger keeps the rule should any code path forget:
 * an agency identity holds only agency grants, and only an agency identity holds one.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('identities', (t) => {
    t.boolean('is_agency').notNullable().defaultTo(false);
  });
  await knex.raw(`
    create function memberships_agency_kind() returns trigger language plpgsql as $$
    begin
      if (new.kind = 'agency') is distinct from (select is_agency from identities where id = new.identity_id) then
        raise exception 'an agency account holds agency grants only, and only an agency account holds one'
          using errcode = '23514', constraint = 'memberships_agency_kind';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger memberships_agency_kind before insert or update of kind, identity_id on memberships
      for each row execute function memberships_agency_kind()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger memberships_agency_kind on memberships');
  await knex.raw('drop function memberships_agency_kind()');
  await knex.schema.alterTable('identities', (t) => {
    t.dropColumn('is_agency');
  });
}
