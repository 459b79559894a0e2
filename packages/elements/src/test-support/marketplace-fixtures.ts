/**
 * A master account with three linked seller accounts that sold in euros and dollars over the
 * last 120 days (`/fixture/marketplace-dashboard`); see test/marketplace-fixtures.mjs.
 */
export interface MarketplaceDashboardFixture {
  api: string;
  /** The master account's handle. */
  workspace: string;
  owner: { email: string; password: string; token: string };
  /** A user of the master account holding every permission, and not its owner. */
  user: { email: string; password: string; token: string };
  /** The linked accounts, by name. */
  accounts: Array<{ handle: string; name: string }>;
  /** A seller account the owner owns: not a master account. */
  sellerAccount: string;
}

export async function marketplaceDashboardFixture(): Promise<MarketplaceDashboardFixture> {
  const response = await fetch('/fixture/marketplace-dashboard', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}
