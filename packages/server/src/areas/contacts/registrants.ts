import { registrantsListed, type IncompleteRegistrant, type Registrant, type RegistrantsAnswer } from '@foyer/schema';
import type { Knex } from 'knex';
import type { MemberContext } from '../../callers/contexts.js';
import { addressOf, missingOf, registrantColumns, registryColumns, type RegistryRecord } from './registry-fields.js';

type RegistrantRecord = RegistryRecord & { id: string; name: string; email: string; company: string | null };

/**
 * The workspace's contacts that are not deactivated, complete (every column a registry needs
 * is set) or not, by name; one more than a list holds, to tell whether there are more.
 */
async function registrantRecords(db: Knex, workspaceId: string, complete: boolean): Promise<RegistrantRecord[]> {
  const query = db('contacts')
    .select('id', 'name', 'email', 'company', ...registryColumns)
    .where('workspace_id', workspaceId)
    .whereNot('status', 'deactivated')
    .orderByRaw('lower(name), id')
    .limit(registrantsListed + 1);
  // Complete: every needed column set. Incomplete: any one of them null.
  query.where((q) => {
    for (const column of registrantColumns) {
      if (complete) q.whereNotNull(column);
      else q.orWhereNull(column);
    }
  });
  return query;
}

function registrantOf(record: RegistrantRecord): Registrant {
  return {
    id: record.id,
    name: record.name,
    company: record.company,
    email: record.email,
    phone: record.phone!,
    address: addressOf(record) as Registrant['address'],
  };
}

function incompleteOf(record: RegistrantRecord): IncompleteRegistrant {
  return { id: record.id, name: record.name, email: record.email, missing: missingOf(record) };
}

/**
 * The contacts a host may offer as a domain's registrant, and the others with what each one
 * lacks, so the host can ask its customer to fill that in. Deactivated contacts are neither.
 */
export async function registrants(ctx: MemberContext): Promise<RegistrantsAnswer> {
  const [complete, incomplete] = await Promise.all([registrantRecords(ctx.db, ctx.workspace.id, true), registrantRecords(ctx.db, ctx.workspace.id, false)]);
  return {
    registrants: complete.slice(0, registrantsListed).map(registrantOf),
    incomplete: incomplete.slice(0, registrantsListed).map(incompleteOf),
    truncated: complete.length > registrantsListed || incomplete.length > registrantsListed,
  };
}
