import type { MasterUser } from '@foyer/schema';
import { marketplaceCatalog } from '@foyer/schema/catalogs/marketplace';

/** Who is looking at the list: their own identity, and what they hold in the master account. */
export interface Caller {
  identityId: string;
  /** Every permission the caller holds, implications included. */
  permissions: ReadonlySet<string>;
  /** The linked accounts the caller works in, by handle. */
  accounts: ReadonlySet<string>;
}

/**
 * What the caller may do to a user, as the server would answer: nothing to their own
 * membership but a new key, nothing to a user holding a permission or an account the caller
 * does not hold, everything else.
 */
export type Reach = 'self' | 'beyond' | 'manageable';

export function reachOf(user: MasterUser, caller: Caller): Reach {
  if (user.identityId === caller.identityId) return 'self';
  const beyond = user.role.permissions.some((p) => !caller.permissions.has(p)) || user.accounts.some((a) => !caller.accounts.has(a));
  return beyond ? 'beyond' : 'manageable';
}

const catalogOrder = Object.keys(marketplaceCatalog.permissions);

/** The labels of permissions, in the marketplace catalog's order (as the forms list them). */
export function permissionLabels(permissions: readonly string[]): string[] {
  const rank = (p: string) => (catalogOrder.includes(p) ? catalogOrder.indexOf(p) : catalogOrder.length);
  return [...permissions].sort((a, b) => rank(a) - rank(b)).map((p) => (marketplaceCatalog.permissions as Record<string, { label: string } | undefined>)[p]?.label ?? p);
}
