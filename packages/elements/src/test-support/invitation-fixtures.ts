/** Team invitations to open from their mailed links; see test/invitation-fixtures.mjs. */

/** `/fixture/invitation`: Olga Owner's "Lantern Studio" and the invitations she sent. */
export interface InvitationFixture {
  api: string;
  workspace: string;
  workspaceName: string;
  owner: { email: string; name: string };
  /** An address without an account, invited as Assistant; `token` is its mailed link. */
  newcomer: { email: string; token: string };
  /** An account with a password, invited as Viewer; `session` is a sign-in of theirs, `token` the mailed link. */
  existing: { email: string; name: string; password: string; session: string; token: string };
  /** Someone else, signed in (`session`): not the person any invitation is for. */
  other: { email: string; name: string; password: string; session: string };
  /** Links sent eight days ago (they last seven), accepted already, and withdrawn. */
  expiredToken: string;
  usedToken: string;
  revokedToken: string;
}

export async function invitationFixture(): Promise<InvitationFixture> {
  const response = await fetch('/fixture/invitation', { method: 'POST' });
  if (!response.ok) throw new Error(`fixture invitation failed: ${response.status} ${await response.text()}`);
  return response.json() as Promise<InvitationFixture>;
}
