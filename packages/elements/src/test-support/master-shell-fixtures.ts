/** A signed-in user of the master account. */
export interface MasterShellUser {
  email: string;
  name: string;
  identityId: string;
  token: string;
}

/**
 * A master account with two linked seller accounts and three of its users
 * (`/fixture/master-shell`); see test/master-shell-fixtures.mjs.
 */
export interface MasterShellFixture {
  api: string;
  master: { handle: string; name: string };
  owner: { email: string; password: string; token: string };
  /** North Shop, then South Shop. */
  accounts: Array<{ handle: string; name: string }>;
  users: {
    /** Every permission, both shops. */
    full: MasterShellUser;
    /** Orders/Tickets only, North. */
    orders: MasterShellUser;
    /** Orders/Tickets, Search orders and Manage users, North only. */
    manager: MasterShellUser;
  };
}

export async function masterShellFixture(): Promise<MasterShellFixture> {
  const response = await fetch('/fixture/master-shell', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json();
}
