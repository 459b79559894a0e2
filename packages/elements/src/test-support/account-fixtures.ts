/** People for the own-account security page; see test/account-fixtures.mjs. */

/** A person signed in, owner of a workspace whose password policy is "two of each" (`/fixture/own-account`). */
export interface OwnAccountFixture {
  api: string;
  workspace: string;
  person: { email: string; password: string; name: string; token: string };
}

/** A workspace that requires a second factor, and a member without one (`/fixture/second-factor-required`). */
export interface SecondFactorRequiredFixture {
  api: string;
  workspace: string;
  member: { email: string; password: string; name: string };
}

/** What was mailed to an address: the subjects, and how many email-change links. */
export interface AccountMail {
  subjects: string[];
  emailChangeLinks: number;
}

async function seeded<T>(name: string, query = ''): Promise<T> {
  const response = await fetch(`/fixture/${name}${query}`, { method: 'POST' });
  if (!response.ok) throw new Error(`fixture ${name} failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

export const ownAccountFixture = () => seeded<OwnAccountFixture>('own-account');
export const secondFactorRequiredFixture = () => seeded<SecondFactorRequiredFixture>('second-factor-required');
export const accountMail = (to: string) => seeded<AccountMail>('account-mail', `?to=${encodeURIComponent(to)}`);
