/** A print shop's terms of service; see test/terms-fixtures.mjs. */

/** A print shop with version 1 of its terms, one contact who accepted it and one who did not (`/fixture/terms-shop`). */
export interface TermsShopFixture {
  api: string;
  workspace: string;
  owner: { email: string; password: string; token: string; name: string };
  /** On the team with the Operator role: no terms.manage. */
  operator: { token: string };
  /** Activated her account, so accepted version 1. */
  ada: { email: string; password: string };
}

export async function termsShopFixture(): Promise<TermsShopFixture> {
  const response = await fetch('/fixture/terms-shop', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture terms-shop failed: ${response.status} ${await response.text()}`);
  return response.json();
}
