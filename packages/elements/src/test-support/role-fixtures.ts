/** Roles to manage; see test/role-fixtures.mjs. */

/** An email-marketing workspace with three roles of its own and a manager (`/fixture/role-admin`). */
export interface RoleAdminFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  /** Manage team, Send emails, Search contacts: no Settings. */
  manager: { email: string; name: string; token: string };
  /** Holds "Newsletter team". */
  mia: { email: string; name: string; token: string };
  /** "Newsletter team" (held by Mia), "Spare desk" and "Settings keeper" (held by nobody). */
  roles: Record<'newsletter' | 'spare' | 'settings', string>;
}

export async function roleAdminFixture(): Promise<RoleAdminFixture> {
  const response = await fetch('/fixture/role-admin', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture role-admin failed: ${response.status} ${await response.text()}`);
  return response.json();
}
