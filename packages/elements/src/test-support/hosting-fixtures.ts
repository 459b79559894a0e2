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
