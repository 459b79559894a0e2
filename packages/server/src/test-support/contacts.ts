import type { ContactRow, ContactStatus } from '@foyer/schema';
import type { GivenWorkspace } from './builders.js';
import { signedUpIdentity } from './builders.js';
import type { TestServer } from './databases.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The token an activation mail or mailto carries after `#token=`. */
export function tokenIn(text: string): string {
  const match = /(?:#|%23)token(?:=|%3D)([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no activation token in ${text.slice(0, 200)}`);
  return match[1]!;
}

export interface GivenContact {
  row: ContactRow;
  email: string;
  password: string;
  /** The contact's caller, once they have a login (Active contacts). */
  token?: string;
}

/**
 * A contact of the workspace brought to a status through the API, as a shop and its customer
 * would: unregistered (added), not-active (added with an email that already has a login),
 * active (followed the activation link), deactivated (then deactivated).
 */
export async function givenContact(
  server: TestServer,
  ws: GivenWorkspace,
  status: ContactStatus,
  options: { name?: string; email?: string; company?: string; password?: string } = {},
): Promise<GivenContact> {
  const email = options.email ?? `contact-${unique()}@example.com`;
  const password = options.password ?? 'contact password 1';
  if (status === 'not-active') {
    const existing = await server.deps.db('identities').whereRaw('lower(email) = ?', [email]).first('id');
    if (!existing) await signedUpIdentity(server, { email, password });
  }
  const row = await ws.owner.contacts.create({ workspace: ws.handle, name: options.name ?? `Contact ${unique()}`, email, company: options.company });
  if (status === 'unregistered' || status === 'not-active') return { row, email, password };
  const request = await ws.owner.contacts.activationRequest({ workspace: ws.handle, contactIds: [row.id], send: 'mailto' });
  const token = tokenIn(request.results[0]!.mailto!);
  // A person who has a login already follows the link signed in with it; others choose a password.
  const hasLogin = await server.deps.db('identities').whereRaw('lower(email) = ?', [email.toLowerCase()]).first('id');
  const session = hasLogin ? await server.caller().identity.signIn({ email, password }) : null;
  if (session?.secondFactorRequired) throw new Error(`${email} has a second factor: activate it by hand`);
  const signedIn = session
    ? await server.caller(session.token).activation.complete({ workspace: ws.handle, token, acceptTerms: true })
    : await server.caller().activation.complete({ workspace: ws.handle, token, password, acceptTerms: true });
  if (signedIn.secondFactorRequired) throw new Error('expected a session');
  if (status === 'deactivated') await ws.owner.contacts.deactivate({ workspace: ws.handle, contactIds: [row.id] });
  const detail = await ws.owner.contacts.get({ workspace: ws.handle, contactId: row.id });
  return { row: detail, email, password, token: signedIn.token };
}
