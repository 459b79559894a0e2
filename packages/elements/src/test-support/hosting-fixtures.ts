/**
 * A web helper who is a sub-account contact of three hosting customers (`/fixture/web-helper-of-three`);
 * see test/hosting-fixtures.mjs for how each customer's primary user added them.
 */
export interface WebHelperFixture {
  api: string;
  helper: { email: string; name: string; password: string; token: string };
  /** The three customers' portals, in the order the helper joined them. */
  customers: Array<{ workspace: string; name: string }>;
}

export async function webHelperFixture(): Promise<WebHelperFixture> {
  const response = await fetch('/fixture/web-helper-of-three', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A hosting customer's portal before its primary user adds people (`/fixture/hosting-portal`); see test/hosting-fixtures.mjs. */
export interface HostingPortalFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  contacts: { nora: { id: string; name: string; email: string }; newcomer: { id: string; name: string; email: string } };
  /** Someone whose email already has a login, with its own password. */
  helper: { email: string; password: string };
  /** The activation link's token of Nina Newcomer, a sub-account; the portal has no terms. */
  activationToken: string;
}

export async function hostingPortalFixture(): Promise<HostingPortalFixture> {
  const response = await fetch('/fixture/hosting-portal', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}
