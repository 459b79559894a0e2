/** A team to manage; see test/team-fixtures.mjs. */

export interface TeamPerson {
  email: string;
  name: string;
  token: string;
  identityId: string;
}

/** An email-marketing workspace with agency access and its team (`/fixture/team-admin`). */
export interface TeamAdminFixture {
  api: string;
  workspace: string;
  workspaceName: string;
  owner: { email: string; password: string; token: string; name: string };
  /** Manage team, Send emails, Edit contacts. */
  manager: TeamPerson;
  /** A copywriter whose login is this workspace's alone. */
  anna: TeamPerson;
  /** An administrator: holds more than the manager. */
  alex: TeamPerson;
  /** An API user (the API user role) and its key. */
  apiUser: { email: string; name: string; identityId: string; key: string };
  /** The email of the open invitation (a copywriter). */
  invited: string;
  /** Bright (second factor on, Copywriter), New (no second factor, Website builder), Spare (no grant). */
  agencies: Record<'bright' | 'newcomer' | 'spare', { email: string; name: string }>;
}

/** What was mailed to an address. */
export interface TeamMail {
  subjects: string[];
  invitationLinks: number;
  passwordResetLinks: number;
}

async function seeded<T>(name: string, query = ''): Promise<T> {
  const response = await fetch(`/fixture/${name}${query}`, { method: 'POST' });
  if (!response.ok) throw new Error(`fixture ${name} failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

export const teamAdminFixture = () => seeded<TeamAdminFixture>('team-admin');
export const teamMail = (to: string) => seeded<TeamMail>('team-mail', `?to=${encodeURIComponent(to)}`);
