import { Readable } from 'node:stream';
import type { CatalogTemplate, CreateGalleryInput } from '@foyer/schema';
import type { TestServer } from './databases.js';
import { addItem } from '../areas/galleries/service.js';
import { outboxMessages } from '../mail/outbox-messages.js';
import { operatorActingAs } from '../callers/operator-call.js';
import { jpegLike } from './pictures.js';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface GivenWorkspace {
  handle: string;
  id: string;
  ownerToken: string;
  ownerEmail: string;
  /** The owner's caller. */
  owner: ReturnType<TestServer['caller']>;
  /** Signs the owner in again (after a test moved the clock past the session's lifetime). */
  signInAgain(): Promise<void>;
  gallery(title: string, options?: Omit<CreateGalleryInput, 'workspace' | 'title'>): Promise<string>;
  /** Signs up a new identity (or takes the given one) and makes it a member with a role of the workspace's template. */
  member(roleKey: string, email?: string): Promise<{ token: string; identityId: string; caller: ReturnType<TestServer['caller']> }>;
  /** Stores an item with the given bytes in a gallery. */
  item(galleryId: string, name: string, bytes?: Buffer, mediaType?: string): Promise<string>;
}

/** A workspace with an owner who is signed in: the starting point of most tests. */
export async function givenWorkspace(server: TestServer, handle = `studio-${unique()}`, options: { template?: CatalogTemplate; activationUrl?: string } = {}): Promise<GivenWorkspace> {
  const ownerEmail = `owner-${unique()}@example.com`;
  const signedUp = await signedUpIdentity(server, { email: ownerEmail, password: 'correct horse battery', name: 'Owner' });
  const owner = server.caller(signedUp.token);
  await owner.workspaces.create({ handle, name: `Studio ${handle}`, template: options.template, activationUrl: options.activationUrl });
  const row = await server.deps.db('workspaces').select('id').where({ handle }).first();
  const given: GivenWorkspace = {
    handle,
    id: row.id,
    ownerToken: signedUp.token,
    ownerEmail,
    owner,
    async signInAgain() {
      const { token } = await server.caller().identity.signIn({ email: ownerEmail, password: 'correct horse battery' });
      given.ownerToken = token;
      given.owner = server.caller(token);
    },
    member: async (roleKey, email = `member-${unique()}@example.com`) => {
      // Through the invitation flow, as a person joins a team: invited, then accepted.
      await given.owner.members.invite({ workspace: handle, email, role: { template: roleKey } });
      const link = await invitationTokenFor(server, email, handle);
      const existing = await server.deps.db('identities').select('password_hash').whereRaw('lower(email) = lower(?)', [email]).first();
      let token: string;
      if (existing?.password_hash) {
        token = (await server.caller().identity.signIn({ email, password: 'correct horse battery' })).token;
        await server.caller(token).invitations.accept({ token: link });
      } else {
        token = (await server.caller().invitations.accept({ token: link, password: 'correct horse battery' })).token;
      }
      const identity = await server.deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [email]).first();
      return { token, identityId: identity.id, caller: server.caller(token) };
    },
    gallery: async (title, options = {}) => (await given.owner.galleries.create({ workspace: handle, title, ...options })).id,
    item: async (galleryId, name, bytes = jpegLike(`bytes of ${name}`), mediaType = 'image/jpeg') => {
      const ctx = await operatorActingAs(server.deps, signedUp.identity.id, handle);
      const item = await addItem(ctx, { galleryId, name, mediaType, body: Readable.from([bytes]) });
      return item.id;
    },
  };
  return given;
}

let signUpSources = 0;
/** Each new person signs up from a place of their own, as people do: no test trips the per-source limit by accident. */
const ownPlace = () => `100.64.${Math.floor(signUpSources / 250) % 250}.${(signUpSources++ % 250) + 1}`;

/**
 * A new account made the way a person makes one: asked for, then confirmed from the mailed
 * link. The test server's sign-up is open (see startTestServer). Answers the session.
 */
export async function signedUpIdentity(
  server: TestServer,
  input: { email: string; password: string; name?: string },
  source = ownPlace(),
): Promise<{ token: string; expiresAt: string; identity: { id: string; email: string; name: string | null } }> {
  await server.caller(null, source).identity.signUp(input);
  const token = await mailedLinkToken(server, input.email, 'sign-up');
  return server.caller(null, source).identity.confirmSignUp({ token });
}

/** A new agency account, asked for and confirmed from the mailed link as an agency does. */
export async function registeredAgency(
  server: TestServer,
  input: { email: string; password: string; name: string },
): Promise<{ token: string; expiresAt: string; identity: { id: string; email: string; name: string | null } }> {
  const source = ownPlace();
  await server.caller(null, source).agencies.register(input);
  return server.caller(null, source).identity.confirmSignUp({ token: await mailedLinkToken(server, input.email, 'sign-up') });
}

/** Mailed one-time links, by the fragment they carry. */
export type MailedLink = 'invitation' | 'password-reset' | 'sign-up' | 'email-change' | 'master-registration' | 'master-link';

/**
 * The token of the newest one-time link mailed to an address (`#invitation=…`,
 * `#password-reset=…`), read from the outbox as the person would read their mail.
 */
export async function mailedLinkToken(server: TestServer, to: string, purpose: MailedLink): Promise<string> {
  const [newest] = await mailedLinkTokens(server, to, purpose);
  if (!newest) throw new Error(`no ${purpose} link was mailed to ${to}`);
  return newest;
}

/** Every such link mailed to the address, newest first. */
export async function mailedLinkTokens(server: TestServer, to: string, purpose: MailedLink): Promise<string[]> {
  const messages = await outboxMessages(server.deps, { to });
  return messages.flatMap(({ body }) => {
    const match = new RegExp(`#${purpose}=([A-Za-z0-9_-]{43})`).exec(body ?? '');
    return match ? [match[1]!] : [];
  });
}

/** The link of the open invitation to this workspace mailed to the address. */
async function invitationTokenFor(server: TestServer, to: string, handle: string): Promise<string> {
  for (const token of await mailedLinkTokens(server, to, 'invitation')) {
    const described = await server
      .caller()
      .invitations.describe({ token })
      .catch(() => null);
    if (described?.workspace.handle === handle && described.state === 'valid') return token;
  }
  throw new Error(`no open invitation to ${handle} was mailed to ${to}`);
}

/** Expects a promise to fail with the given application error code; returns the error. */
export async function refusal(promise: Promise<unknown>): Promise<{ code: string; appCode: string | undefined; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; appCode?: string; message: string; cause?: unknown };
    return { code: e.code, appCode: e.appCode ?? (e.cause ? 'INVALID_INPUT' : undefined), message: e.message };
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
