/** The seeded workspace the test server's `/fixture/photographer` returns. See test/fixtures.mjs. */
export interface PhotographerFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  galleries: Record<'wedding' | 'ceremony' | 'reception' | 'portfolio' | 'landscapes' | 'private', string>;
  passwords: { reception: string; private: string };
  accesses: Record<'wedding' | 'landscapes' | 'explicit' | 'disabled', { id: string; code: string }>;
}

/** A fresh workspace for one test, from the real server the test runner started. */
export async function photographerFixture(): Promise<PhotographerFixture> {
  const response = await fetch('/fixture/photographer', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}

/** One owner of two studios (`/fixture/two-studios`), each with one client access named after it. */
export interface TwoStudiosFixture {
  api: string;
  owner: { email: string; password: string; token: string };
  studios: Array<{ workspace: string; name: string; client: string }>;
}

export async function twoStudiosFixture(): Promise<TwoStudiosFixture> {
  const response = await fetch('/fixture/two-studios', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}

/** Two email-marketing client accounts and two agencies (`/fixture/agency`); see test/fixtures.mjs. */
export interface AgencyFixture {
  api: string;
  owner: { email: string; password: string; token: string };
  workspaces: Record<'north' | 'south', { workspace: string; name: string }>;
  /** Second factor on; `secret` is the authenticator secret (base32). */
  agency: { email: string; password: string; name: string; secret: string };
  /** No second factor: its grant in North cannot be used. */
  newcomer: { email: string; password: string; name: string };
}

export async function agencyFixture(): Promise<AgencyFixture> {
  const response = await fetch('/fixture/agency', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}

/** An email-marketing owner with a custom role and one open invitation (`/fixture/mail-team`). */
export interface MailTeamFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  customRole: { id: string; name: string };
  /** The email of the open invitation (a copywriter). */
  invited: string;
}

export async function mailTeamFixture(): Promise<MailTeamFixture> {
  const response = await fetch('/fixture/mail-team', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}

/** A person with a second factor (`/fixture/second-factor`); `secret` is the authenticator secret (base32). */
export interface SecondFactorFixture {
  api: string;
  email: string;
  password: string;
  name: string;
  secret: string;
}

export async function secondFactorFixture(): Promise<SecondFactorFixture> {
  const response = await fetch('/fixture/second-factor', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}
