import type { Knex } from 'knex';
import { hashPassword } from '../../security/passwords.js';

/** The password of every generated contact who has a login; printed by the demo. */
export const generatedContactPassword = 'customer-demo-2026';

const firstNames = [
  'Ada',
  'Bjørn',
  'Clara',
  'Dag',
  'Eva',
  'Finn',
  'Greta',
  'Hans',
  'Ingrid',
  'Jonas',
  'Kari',
  'Lars',
  'Maja',
  'Nils',
  'Olga',
  'Per',
  'Rita',
  'Sven',
  'Tove',
  'Ulf',
  'Vera',
  'Åse',
  'Zoltán',
  'Éva',
];
const lastNames = [
  'Andersen',
  'Berg',
  'Christensen',
  'Dahl',
  'Eriksen',
  'Fischer',
  'Hansen',
  'Johansen',
  'Kovács',
  'Larsen',
  'Moen',
  'Nagy',
  'Olsen',
  'Pedersen',
  'Quist',
  'Ruud',
  'Solberg',
  'Tangen',
  'Urban',
  'Vik',
  'Wolf',
  'Østby',
  'Szabó',
  'Müller',
  'Lund',
];
const companyWords = ['Fjord', 'Nordlys', 'Bryggen', 'Polar', 'Tinde', 'Elv', 'Skog', 'Havn', 'Kyst', 'Vidde', 'Lys', 'Bølge', 'Stein', 'Furu', 'Myr'];
const companyKinds = ['AS', 'Design', 'Reklame', 'Media', 'Kft', 'GmbH', 'Trykk', 'Studio'];

const sqlArray = (values: readonly string[]) => `(array[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}])`;

/**
 * The generated rows as SQL over generate_series: one row per number, every column computed
 * from it, so 100,000 contacts are one statement per table, not 100,000 round trips. Statuses
 * come in realistic shares: 30 % unregistered, 10 % not active, 50 % active, 10 % deactivated.
 */
function generated(prefix: string): string {
  return `select
      i,
      ${sqlArray(firstNames)}[1 + i % ${firstNames.length}] || ' ' || ${sqlArray(lastNames)}[1 + (i / ${firstNames.length}) % ${lastNames.length}] as name,
      '${prefix}-' || lpad(i::text, 6, '0') || '@customers.example' as email,
      case when i % 5 = 0 then null
        else ${sqlArray(companyWords)}[1 + (i * 7) % ${companyWords.length}] || ' ' || ${sqlArray(companyKinds)}[1 + (i / 3) % ${companyKinds.length}] end as company,
      case when i % 10 < 3 then 'unregistered' when i % 10 = 3 then 'not-active' when i % 10 = 9 then 'deactivated' else 'active' end as status
    from generate_series(?::int, ?::int) as i`;
}

/**
 * Adds `count` generated customers to a print-shop workspace in a few bulk statements. Those
 * with an account (not active, active, deactivated) get an identity whose password is
 * {@link generatedContactPassword}; active and deactivated ones a contact membership, as the
 * API would have made. Numbers continue after the contacts generated before.
 */
export async function insertGeneratedContacts(db: Knex, workspace: { id: string; handle: string }, count: number, now: Date): Promise<number> {
  if (count <= 0) return 0;
  const prefix = workspace.handle.replace(/[^a-z0-9-]/g, '');
  const taken = await db('contacts').where({ workspace_id: workspace.id }).whereLike('email', `${prefix}-%@customers.example`).count({ n: '*' }).first();
  const from = Number(taken?.n ?? 0) + 1;
  const to = from + count - 1;
  const passwordHash = await hashPassword(generatedContactPassword);
  await db.transaction(async (trx) => {
    await trx.raw(
      `insert into identities (id, email, name, password_hash, created_at)
       select gen_random_uuid(), g.email, g.name, ?, ? from (${generated(prefix)}) g
       where g.status <> 'unregistered'
       on conflict do nothing`,
      [passwordHash, now, from, to],
    );
    await trx.raw(
      `insert into contacts (workspace_id, id, name, email, company, kind, status, invitation_sent, terms_accepted_at, identity_id, permissions, notifications, created_at, updated_at)
       select ?, gen_random_uuid(), g.name, g.email, g.company, 'customer', g.status,
         g.status <> 'unregistered' or g.i % 2 = 0,
         case when g.status in ('active', 'deactivated') and g.i % 7 <> 0 then ?::timestamptz - (g.i % 400) * interval '1 hour' end,
         (select id from identities where lower(email) = g.email),
         '[]'::jsonb, '[]'::jsonb,
         ?::timestamptz - (g.i % 900) * interval '1 day', ?::timestamptz
       from (${generated(prefix)}) g`,
      [workspace.id, now, now, now, from, to],
    );
    // Their acceptances count for the workspace's current terms, as an activation records them.
    await trx.raw(
      `insert into terms_acceptances (workspace_id, version, contact_id, accepted_at)
       select c.workspace_id, v.version, c.id, c.terms_accepted_at
       from contacts c
       join (select max(version) as version from terms_versions where workspace_id = ?) v on v.version is not null
       where c.workspace_id = ? and c.terms_accepted_at is not null and c.email like ?
       on conflict do nothing`,
      [workspace.id, workspace.id, `${prefix}-%@customers.example`],
    );
    await trx.raw(
      `insert into memberships (workspace_id, identity_id, kind, role_key, disabled_at, created_at)
       select c.workspace_id, c.identity_id, 'contact', 'customer', case when c.status = 'deactivated' then ?::timestamptz end, ?::timestamptz
       from contacts c
       where c.workspace_id = ? and c.status in ('active', 'deactivated') and c.identity_id is not null and c.email like ?
       on conflict do nothing`,
      [now, now, workspace.id, `${prefix}-%@customers.example`],
    );
  });
  return count;
}
