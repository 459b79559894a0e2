/** The seeded workspace the test server's `/fixture/photographer` returns. See test/fixtures.mjs. */
export interface PhotographerFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  /** An account that belongs to no workspace. */
  stranger: { email: string; password: string };
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
interface FixtureContact {
  id: string;
  name: string;
  email: string;
}

/** A print shop with one contact in each status and jobs; see test/fixtures.mjs. */
export interface PrintShopFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  /** A team member with the print shop's Operator role: contacts.view and jobs, nothing more. */
  operator: { token: string };
  contacts: Record<'ada' | 'brook' | 'charles' | 'dora' | 'emmy' | 'grace', FixtureContact>;
  jobs: { ada: Array<{ id: string; name: string; status: string }>; brook: Array<{ id: string; name: string; status: string }> };
  /** Grace's activation link token (she is invited and unregistered). */
  activation: { grace: string };
}

/** A print shop with `count` numbered contacts ("Contact 00001" …). */
export interface PrintShopCrowdFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  count: number;
}

/** Activation links in every state, for the contact-facing page. */
export interface ActivationLinksFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  contacts: { valid: FixtureContact; used: { id: string }; expired: { id: string }; existing: { id: string; email: string; password: string } };
  tokens: { valid: string; used: string; expired: string; existing: string };
}

async function seeded<T>(name: string): Promise<T> {
  const response = await fetch(`/fixture/${name}`, { method: 'POST' });
  if (!response.ok) throw new Error(`fixture ${name} failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

export const printShopFixture = () => seeded<PrintShopFixture>('print-shop');
export const printShopCrowdFixture = () => seeded<PrintShopCrowdFixture>('print-shop-crowd');
/** A print shop with more contacts than a search counts. */
export const printShopBeyondSearchCountFixture = () => seeded<PrintShopCrowdFixture>('print-shop-beyond-search-count');
/** A print shop without any contact. */
export const printShopEmptyFixture = () => seeded<PrintShopCrowdFixture>('print-shop-empty');
export const activationLinksFixture = () => seeded<ActivationLinksFixture>('activation-links');

/**
 * A photography studio whose owner and assistant both made changes (`/fixture/activity`):
 * the owner created "Wedding", "Portfolio" and a client access; the assistant "Ceremony" and
 * "Reception". See test/fixtures.mjs.
 */
export interface ActivityFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string; name: string; identityId: string };
  assistant: { email: string; password: string; token: string; name: string; identityId: string };
}

export async function activityFixture(): Promise<ActivityFixture> {
  const response = await fetch('/fixture/activity', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status}`);
  return response.json();
}
