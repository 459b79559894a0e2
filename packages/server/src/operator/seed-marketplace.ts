import { Email } from '@foyer/schema';
import type { ServerDeps } from '../context.js';
import { generatedSellerAccounts, insertSellerAccounts, type CreatedSellerAccount } from '../db/seed/bulk-sales.js';
import { freeHandle, insertMasterAccount } from '../db/seed/master-accounts.js';
import { seedAccount } from '../db/seed/seed-accounts.js';

/** The password of a master account's owner that `foyer seed-marketplace --master` had to create. */
export const generatedMasterPassword = 'Master-Demo#2026';

export interface GeneratedMarketplace {
  accounts: CreatedSellerAccount[];
  transactions: number;
  seconds: number;
  /** The master account linking every new account; `password` is null when its owner had an account already (and keeps their password). */
  master: { handle: string; email: string; password: string | null } | null;
}

/**
 * `foyer seed-marketplace`: generated seller accounts with their sales in bulk, for trying the
 * marketplace at scale, and optionally a master account of the given owner that links them all.
 */
export async function seedGeneratedMarketplace(deps: ServerDeps, input: { accounts: number; transactions: number; masterEmail?: string }): Promise<GeneratedMarketplace> {
  const masterEmail = input.masterEmail === undefined ? undefined : Email.parse(input.masterEmail);
  const started = Date.now();
  const plans = await generatedSellerAccounts(deps.db, input.accounts);
  const created = await insertSellerAccounts(deps.db, plans, input.transactions, deps.clock.now());
  let master: GeneratedMarketplace['master'] = null;
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
    await insertMasterAccount(deps.db, { handle, name: `Master account of ${masterEmail}`, ownerId, accountIds: created.accounts.map((a) => a.id) }, deps.clock.now());
    master = { handle, email: masterEmail, password: existing ? null : generatedMasterPassword };
  }
  return { accounts: created.accounts, transactions: created.transactions, seconds: (Date.now() - started) / 1000, master };
}
