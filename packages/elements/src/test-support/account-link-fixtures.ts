/** Fixtures of the operator's account page; see test/account-link-fixtures.mjs. */

async function seeded<T>(path: string): Promise<T> {
  const response = await fetch(path, { method: 'POST' });
  if (!response.ok) throw new Error(`fixture failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

/** `/fixture/password-reset`: people who forgot their password. */
export interface PasswordResetFixture {
  api: string;
  /** Owns a workspace with the strict password policy; `token` is a session of theirs. */
  known: { email: string; password: string; token: string };
  /** An address without an account. */
  unknown: string;
  /** Another person's reset link, asked two days ago. */
  expiredToken: string;
  /** A login with a second factor (`secret`, base32) and an open reset link (`token`). */
  twoStep: { email: string; secret: string; token: string };
}

export const passwordResetFixture = () => seeded<PasswordResetFixture>('/fixture/password-reset');

/** `/fixture/sign-up`: `api` has sign-up open, `inviteOnlyApi` does not. */
export interface SignUpFixture {
  api: string;
  inviteOnlyApi: string;
  /** An address nobody uses yet. */
  email: string;
  /** An address that has an account. */
  existing: string;
  /** The confirmation link of a sign-up asked two days ago. */
  expiredToken: string;
}

export const signUpFixture = () => seeded<SignUpFixture>('/fixture/sign-up');

/** `/fixture/agency-sign-up`: the sign-up fixture, and the owner of a workspace whose plan has agency access. */
export interface AgencySignUpFixture extends SignUpFixture {
  client: { workspace: string; ownerToken: string };
}

export const agencySignUpFixture = () => seeded<AgencySignUpFixture>('/fixture/agency-sign-up');

/** `/fixture/email-change`: a signed-in person who asked to sign in with `newEmail`; `token` is the link mailed there. */
export interface EmailChangeFixture {
  api: string;
  person: { email: string; password: string; token: string };
  newEmail: string;
  token: string;
  expiredToken: string;
}

export const emailChangeFixture = () => seeded<EmailChangeFixture>('/fixture/email-change');

/** The newest link of a kind mailed to an address (null when none was), and the subjects of its mail. */
export async function mailedLink(to: string, kind: 'password-reset' | 'sign-up' | 'email-change'): Promise<{ token: string | null; subjects: string[] }> {
  const { token, subjects } = await seeded<{ token: string | null; subjects: string[] }>(`/fixture/mailed-link?to=${encodeURIComponent(to)}&kind=${kind}`);
  return { token, subjects };
}
