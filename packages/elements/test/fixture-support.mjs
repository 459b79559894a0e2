// What the seeded workspaces of fixtures.mjs share: a caller of the server's own procedures, a
// suffix that makes each call's handles and addresses new, and the ways people come in.
import { generateSync } from 'otplib';
import { appRouter, createCallerFactory, createIdentity, outboxMessages } from '@foyer/server';

export const createCaller = createCallerFactory(appRouter);
let counter = 0;

/** A suffix no other call of these fixtures has had in this run: a new handle, a new address. */
export const unique = () => `${Date.now().toString(36)}${counter++}`;

/**
 * An account made as the operator's tools make one, then signed in with its password as its
 * person would: the sign-up mail is the server's tests' concern, not the elements'.
 */
export async function signedUp(deps, anon, { email, password, name, agency = false }) {
  await createIdentity(deps.db, new Date(), { email, password, name, agency });
  const result = await anon.identity.signIn({ email, password });
  return { token: result.token, identity: result.identity };
}

/**
 * The code an authenticator app shows for a base32 secret, `stepOffset` 30-second steps from
 * now, made by otplib (an implementation independent of the server's).
 */
export function totpCode(secret, stepOffset = 0) {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + stepOffset * 30 });
}

/** A team member with a template role, invited by the owner and joined through the mailed link, as a person joins. */
export async function invitedMember(deps, { owner, anon, workspace, email, password, name, role }) {
  await owner.members.invite({ workspace, email, role: { template: role } });
  const [mail] = await outboxMessages(deps, { to: email, limit: 1 });
  const link = /#invitation=([A-Za-z0-9_-]{43})/.exec(mail?.body ?? '')?.[1];
  if (!link) throw new Error(`fixture: no invitation mailed to ${email}`);
  return anon.invitations.accept({ token: link, password, name });
}
