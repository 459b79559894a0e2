import type { ServerDeps } from '../../context.js';
import { createIdentity } from '../../areas/identity/sign-up.js';

/**
 * The demo's accounts, made the way the operator's own tools make them (no sign-up mail to a
 * demo address): created once, found again on the next seed.
 */
export async function seedAccount(deps: ServerDeps, account: { email: string; password: string; name?: string | null; agency?: boolean }): Promise<string> {
  const existing = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [account.email]).first();
  if (existing) return existing.id;
  return (await createIdentity(deps.db, deps.clock.now(), account)).id;
}
