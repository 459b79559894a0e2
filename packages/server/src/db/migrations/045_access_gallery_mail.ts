import type { Knex } from 'knex';

/**
 * Mail an access's client gets without the owner writing it: told when a gallery is added
 * (never, when the owner says so as they add it, or always; asked by default), and reminded a
 * chosen number of days before the access expires. `expiry_reminded_at` marks the reminder sent,
 * so it goes once, whichever instance finds it due.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('client_accesses', (t) => {
    t.text('gallery_mail').notNullable().defaultTo('ask');
    t.integer('expiry_reminder_days').nullable();
    t.timestamp('expiry_reminded_at', { useTz: true }).nullable();
  });
  await knex.raw(`alter table client_accesses add constraint client_accesses_gallery_mail_check check (gallery_mail in ('off', 'ask', 'always'))`);
  await knex.raw('alter table client_accesses add constraint client_accesses_expiry_reminder_days_check check (expiry_reminder_days between 1 and 90)');
  // The reminder sweep looks only at accesses that ask for one and have not had it.
  await knex.raw(
    'create index client_accesses_reminder_due on client_accesses (expires_at) where expiry_reminder_days is not null and expiry_reminded_at is null and email is not null and disabled_at is null',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists client_accesses_reminder_due');
  await knex.schema.alterTable('client_accesses', (t) => {
    t.dropColumn('expiry_reminded_at');
    t.dropColumn('expiry_reminder_days');
    t.dropColumn('gallery_mail');
  });
}
