/** Seller and master accounts for the master account's elements; see test/master-fixtures.mjs. */

/** A seller account; its owner signs in with `password`, and with the authenticator of `secret` when it is set. */
export interface SellerAccount {
  handle: string;
  name: string;
  ownerEmail: string;
  password: string;
  secret?: string;
}

/** What a seller needs to open a master account (`/fixture/master-sellers`). */
export interface MasterSellersFixture {
  api: string;
  plain: SellerAccount;
  /** Its owner has a second factor. */
  twoStep: SellerAccount & { secret: string };
  /** An address nobody uses yet, to type as the master account's. */
  masterEmail: string;
  /** A password that meets a master account's policy. */
  masterPassword: string;
  /** A registration link made two days ago: expired. */
  expired: { token: string; email: string };
  /** An open registration link of an address whose login has a second factor (`secret`). */
  challenge: { token: string; email: string; secret: string; account: SellerAccount };
}

/** A master account with two linked accounts, its signed-in owner, and accounts to add (`/fixture/master-linked`). */
export interface MasterLinkedFixture {
  api: string;
  /** The master account's handle. */
  workspace: string;
  /** A second master account of the same owner. */
  other: string;
  owner: { email: string; password: string; token: string };
  linked: Array<{ handle: string; name: string }>;
  otherLinked: Array<{ handle: string; name: string }>;
  /** Seller accounts linked nowhere. */
  free: SellerAccount[];
  /** Linked nowhere; its owner has a second factor. */
  twoStep: SellerAccount & { secret: string };
  /** Linked to another person's master account. */
  elsewhere: SellerAccount & { master: string };
}

/** A link confirmation to follow, and one made two days ago (`/fixture/master-link-mail`). */
export interface MasterLinkMailFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string };
  account: { handle: string; name: string };
  token: string;
  expiredToken: string;
}

async function seeded<T>(path: string): Promise<T> {
  const response = await fetch(`/fixture/${path}`, { method: 'POST' });
  if (!response.ok) throw new Error(`fixture ${path} failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<T>;
}

export const masterSellersFixture = () => seeded<MasterSellersFixture>('master-sellers');
export const masterLinkedFixture = () => seeded<MasterLinkedFixture>('master-linked');
export const masterLinkMailFixture = () => seeded<MasterLinkMailFixture>('master-link-mail');

/** The token of the newest master-account link mailed to an address, as its person reads it in their mail; null when none came. */
export async function mailedMasterToken(to: string, purpose: 'master-registration' | 'master-link'): Promise<string | null> {
  const { token } = await seeded<{ token: string | null }>(`master-mail?to=${encodeURIComponent(to)}&purpose=${purpose}`);
  return token;
}
