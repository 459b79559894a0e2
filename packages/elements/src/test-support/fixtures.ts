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
