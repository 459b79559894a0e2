import { Email } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { generatedSellerAccounts, insertSellerAccounts, type CreatedSellerAccount } from '../db/seed/bulk-sales.js';
import { insertTickets } from '../db/seed/bulk-tickets.js';
import { freeHandle, insertMasterAccount, insertMasterUser } from '../db/seed/master-accounts.js';
import { seedAccount } from '../db/seed/seed-accounts.js';
import { hashPassword } from '../security/passwords.js';

/** The password of a master account's owner that `foyer seed-marketplace --master` had to create. */
export const generatedMasterPassword = 'Master-Demo#2026';
/** The password of the helpers `foyer seed-marketplace --tickets` adds to the master account (it meets the master account's rule). */
export const generatedHelperPassword = 'Helper-Demo#2026';

export interface GeneratedMarketplace {
  accounts: CreatedSellerAccount[];
  transactions: number;
  seconds: number;
  /** The master account linking every new account; `password` is null when its owner had an account already (and keeps their password). */
  master: { handle: string; email: string; password: string | null } | null;
  /** The generated tickets, and the helpers who work them with the master account's owner. */
  tickets: { count: number; history: number; seconds: number; helpers: Array<{ email: string; password: string }> } | null;
}

/**
 * `foyer seed-marketplace`: generated seller accounts with their sales in bulk, for trying the
 * marketplace at scale, and optionally a master account of the given owner that links them all.
 */
export async function seedGeneratedMarketplace(deps: ServerDeps, input: { accounts: number; transactions: number; masterEmail?: string; tickets?: number }): Promise<GeneratedMarketplace> {
  const masterEmail = input.masterEmail === undefined ? undefined : Email.parse(input.masterEmail);
  const started = Date.now();
  const plans = await generatedSellerAccounts(deps.db, input.accounts);
  const created = await insertSellerAccounts(deps.db, plans, input.transactions, deps.clock.now());
  let master: GeneratedMarketplace['master'] = null;
  let tickets: GeneratedMarketplace['tickets'] = null;
  if (masterEmail) {
    const existing = await deps.db('identities').select('id').whereRaw('lower(email) = ?', [masterEmail]).first();
    const ownerId = existing?.id ?? (await seedAccount(deps, { email: masterEmail, password: generatedMasterPassword }));
    const handle = await freeHandle(
      deps.db,
      `${
        masterEmail
          .split('@')[0]!
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '') || 'seller'
      }-master`,
    );
    const { id: masterId } = await insertMasterAccount(
      deps.db,
      { handle, name: `Master account of ${masterEmail}`, ownerId, accountIds: created.accounts.map((a) => a.id) },
      deps.clock.now(),
    );
    master = { handle, email: masterEmail, password: existing ? null : generatedMasterPassword };
    if (input.tickets) tickets = await generatedTickets(deps, { masterId, handle, ownerId, accountIds: created.accounts.map((a) => a.id), count: input.tickets });
  }
  return { accounts: created.accounts, transactions: created.transactions, seconds: (Date.now() - started) / 1000, master, tickets };
}

/**
 * Tickets in the new accounts, worked by the master account's owner and two helpers added for
 * them (customer service in every account), and opened through the host back-end's API user.
 */
async function generatedTickets(
  deps: ServerDeps,
  master: { masterId: string; handle: string; ownerId: string; accountIds: string[]; count: number },
): Promise<NonNullable<GeneratedMarketplace['tickets']>> {
  const started = Date.now();
  const now = deps.clock.now();
  const passwordHash = await hashPassword(generatedHelperPassword);
  const user = (email: string, name: string, apiOnly: boolean) =>
    insertMasterUser(
      deps.db,
      master.masterId,
      {
        email,
        name,
        description: apiOnly ? 'Opens customers’ tickets' : 'Answers tickets',
        apiOnly,
        passwordHash: apiOnly ? null : passwordHash,
        role: { template: apiOnly ? 'api-writer' : 'customer-service' },
        accountIds: master.accountIds,
      },
      now,
    );
  const emails = [1, 2].map((n) => `helper${n}.${master.handle}@sellers.example`);
  const helpers = [await user(emails[0]!, 'Casey Helper', false), await user(emails[1]!, 'Robin Helper', false)];
  const backend = await user(`backend.${master.handle}@sellers.example`, 'Shop Backend', true);
  const inserted = await insertTickets(deps.db, {
    accounts: master.accountIds,
    count: master.count,
    now,
    actors: {
      opener: backend.identityId,
      workers: [{ identityId: master.ownerId, kind: 'owner' }, ...helpers.map((h) => ({ identityId: h.identityId, kind: 'third-party' as const }))],
    },
  });
  return { count: inserted.tickets, history: inserted.history, seconds: (Date.now() - started) / 1000, helpers: emails.map((email) => ({ email, password: generatedHelperPassword })) };
}
