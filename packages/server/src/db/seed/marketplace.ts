import { catalogs, type ProductKind } from '@foyer/schema';
import type { ServerDeps } from '../../context.js';
import { issueApiKey } from '../../security/api-keys.js';
import { hashPassword } from '../../security/passwords.js';
import { grantedBy } from '../../security/principals.js';
import { insertSellerAccounts } from './bulk-sales.js';
import { insertTickets } from './bulk-tickets.js';
import { insertMasterAccount, insertMasterUser } from './master-accounts.js';
import { marketplaceMaster, marketplaceTickets, marketplaceTransactions, masterUserPlan, sellerAccountPlan } from './marketplace-plan.js';
import { seedAccount } from './seed-accounts.js';

export interface MarketplaceAccountFacts {
  /** The nickname. */
  handle: string;
  name: string;
  linked: boolean;
  owner: { email: string; password: string; name: string };
  products: Array<{ sku: string; name: string; kind: ProductKind }>;
  transactions: number;
  /** Customer-service tickets of the account, by status. */
  tickets: { open: number; reopened: number; closed: number };
  expect: string;
}

export interface MarketplaceUserFacts {
  email: string;
  name: string;
  description: string;
  apiOnly: boolean;
  /** The password the user signs in with; null for the API-only user, who has none. */
  password: string | null;
  /** Every permission held in the accounts below, implications included, sorted. */
  permissions: string[];
  /** The linked accounts the user may work in, by nickname. */
  accounts: string[];
  expect: string;
}

/** Everything the demo page and the tests need to know about the seeded marketplace. */
export interface MarketplaceSeed {
  master: { handle: string; name: string; owner: { email: string; password: string; name: string } };
  accounts: MarketplaceAccountFacts[];
  users: MarketplaceUserFacts[];
  /**
   * The API-only user's key. A new one every time the seed runs, and the one before stops
   * working: only its hash is stored, so this answer is the only place it is ever seen.
   */
  apiKey: { email: string; key: string; hint: string; accounts: string[] };
  /** The first and the last day with sales (UTC), for the dashboard's period. */
  salesPeriod: { from: string; to: string };
  transactions: number;
}

const apiUser = masterUserPlan.find((user) => user.apiOnly)!;
const catalog = catalogs.marketplace;

async function createMarketplace(deps: ServerDeps): Promise<void> {
  const now = deps.clock.now();
  const taken = await deps
    .db('workspaces')
    .whereIn(
      'handle',
      sellerAccountPlan.map((a) => a.handle),
    )
    .first('handle');
  if (taken)
    throw new Error(`The marketplace demo in this database is incomplete (${taken.handle} exists, ${marketplaceMaster.handle} does not). Remove the demo's data folder and start again.`);
  const ownerId = await seedAccount(deps, marketplaceMaster.owner);
  const created = await insertSellerAccounts(deps.db, sellerAccountPlan, marketplaceTransactions, now);
  const idOf = new Map(created.accounts.map((a) => [a.handle, a.id]));
  const linked = sellerAccountPlan.filter((a) => a.linked).map((a) => idOf.get(a.handle)!);
  const master = await insertMasterAccount(deps.db, { handle: marketplaceMaster.handle, name: marketplaceMaster.name, ownerId, accountIds: linked }, now);
  const userIds = new Map<string, string>();
  for (const user of masterUserPlan) {
    const { identityId } = await insertMasterUser(
      deps.db,
      master.id,
      {
        email: user.email,
        name: `${user.firstName} ${user.lastName}`,
        description: user.description,
        apiOnly: user.apiOnly,
        passwordHash: user.password === null ? null : await hashPassword(user.password),
        role: user.role,
        accountIds: user.accounts.map((handle) => idOf.get(handle)!),
      },
      now,
    );
    userIds.set(user.email, identityId);
  }
  // Each account's tickets are worked only by the people who work in it.
  for (const [handle, count] of Object.entries(marketplaceTickets)) {
    const helpers = masterUserPlan.filter((u) => !u.apiOnly && u.accounts.includes(handle)).map((u) => ({ identityId: userIds.get(u.email)!, kind: 'third-party' as const }));
    await insertTickets(deps.db, {
      accounts: [idOf.get(handle)!],
      count,
      now,
      actors: { opener: userIds.get(apiUser.email)!, workers: [{ identityId: ownerId, kind: 'owner' }, ...helpers] },
    });
  }
}

/** The API-only user's key, issued anew: the one given out at the last start stops working. */
async function freshApiKey(deps: ServerDeps, masterId: string): Promise<{ key: string; hint: string }> {
  const identity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [apiUser.email]).first();
  return deps.db.transaction((trx) => issueApiKey(trx, deps.clock.now(), masterId, identity.id));
}

async function describeMarketplace(deps: ServerDeps, masterId: string, apiKey: { key: string; hint: string }): Promise<MarketplaceSeed> {
  const db = deps.db;
  const accounts = await db('workspaces as w')
    .leftJoin('master_links as l', function () {
      this.on('l.account_id', 'w.id').andOn('l.workspace_id', db.raw('?', [masterId]));
    })
    .whereIn(
      'w.handle',
      sellerAccountPlan.map((a) => a.handle),
    )
    .select('w.id', 'w.handle', 'w.name', 'l.account_id as linked');
  const counts = await db('transactions')
    .whereIn(
      'workspace_id',
      accounts.map((a) => a.id),
    )
    .groupBy('workspace_id')
    .select(
      'workspace_id',
      db.raw('count(*) as n'),
      db.raw("to_char(min(occurred_at) at time zone 'UTC', 'YYYY-MM-DD') as first"),
      db.raw("to_char(max(occurred_at) at time zone 'UTC', 'YYYY-MM-DD') as last"),
    );
  const accountFacts: MarketplaceAccountFacts[] = [];
  for (const plan of sellerAccountPlan) {
    const row = accounts.find((a) => a.handle === plan.handle);
    if (!row) throw new Error(`The marketplace demo in this database is incomplete (${plan.handle} is missing). Remove the demo's data folder and start again.`);
    const products = await db('products').where({ workspace_id: row.id }).select('sku', 'name', 'kind').orderBy('sku');
    const count = counts.find((c) => c.workspace_id === row.id);
    const tickets = { open: 0, reopened: 0, closed: 0 };
    for (const t of await db('tickets').where({ workspace_id: row.id }).groupBy('status').select('status', db.raw('count(*)::int as n')))
      tickets[t.status as keyof typeof tickets] = Number(t.n);
    accountFacts.push({
      handle: row.handle,
      name: row.name,
      linked: Boolean(row.linked),
      owner: { ...plan.owner },
      products,
      transactions: Number(count?.n ?? 0),
      tickets,
      expect: plan.expect,
    });
  }

  const users: MarketplaceUserFacts[] = [];
  for (const plan of masterUserPlan) {
    const member = await db('memberships as m')
      .join('identities as i', 'i.id', 'm.identity_id')
      .where({ 'm.workspace_id': masterId })
      .whereRaw('lower(i.email) = lower(?)', [plan.email])
      .first('m.identity_id', 'm.kind', 'm.role_key', 'm.permissions', 'm.description', 'i.name', 'i.email');
    if (!member) throw new Error(`The marketplace demo in this database is incomplete (${plan.email} is missing). Remove the demo's data folder and start again.`);
    const scope = await db('master_user_accounts as u')
      .join('workspaces as w', 'w.id', 'u.account_id')
      .where({ 'u.workspace_id': masterId, 'u.identity_id': member.identity_id })
      .select('w.handle');
    const held = grantedBy(catalog, { kind: member.kind, role_key: member.role_key, permissions: member.permissions, custom_permissions: null });
    users.push({
      email: member.email,
      name: member.name,
      description: member.description ?? '',
      apiOnly: member.kind === 'api',
      password: plan.password,
      permissions: [...held].sort(),
      accounts: plan.accounts.filter((handle) => scope.some((s) => s.handle === handle)),
      expect: plan.expect,
    });
  }
  return {
    master: { handle: marketplaceMaster.handle, name: marketplaceMaster.name, owner: { ...marketplaceMaster.owner } },
    accounts: accountFacts,
    users,
    apiKey: { email: apiUser.email, key: apiKey.key, hint: apiKey.hint, accounts: [...apiUser.accounts] },
    salesPeriod: { from: counts.map((c) => c.first as string).sort()[0]!, to: counts.map((c) => c.last as string).sort()[counts.length - 1]! },
    transactions: accountFacts.reduce((sum, a) => sum + a.transactions, 0),
  };
}

/**
 * Seeds the marketplace demo: Mara Quinn's master account, Quinn Digital, with three linked
 * seller accounts and a fourth to link, months of generated sales, an API-only user and two
 * helpers who work in some of the accounts. The sales are generated in bulk (bulk-sales.ts);
 * accounts, links and users are made directly, as the operator's tools make accounts.
 * Idempotent: when the master account exists, only the API user's key is issued anew (it is
 * printed at every start and stored only as a hash), and the same facts come back.
 */
export async function seedMarketplace(deps: ServerDeps): Promise<MarketplaceSeed> {
  if (!(await deps.db('workspaces').where({ handle: marketplaceMaster.handle }).first('id'))) await createMarketplace(deps);
  const master = await deps.db('workspaces').where({ handle: marketplaceMaster.handle }).first('id');
  return describeMarketplace(deps, master.id, await freshApiKey(deps, master.id));
}
