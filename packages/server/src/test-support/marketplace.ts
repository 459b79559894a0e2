import type { TestServer } from './databases.js';
import { givenWorkspace, mailedLinkToken, type GivenWorkspace } from './builders.js';

/** A password that meets the master account's policy: two of each kind of character. */
export const strongPassword = 'Sell3r-Pa55!word';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A seller account (a marketplace workspace) whose owner signs in with `correct horse battery`. */
export function givenSellerAccount(server: TestServer): Promise<GivenWorkspace> {
  return givenWorkspace(server, `seller-${unique()}`, { template: 'marketplace' });
}

export interface GivenMaster {
  handle: string;
  id: string;
  email: string;
  token: string;
  owner: ReturnType<TestServer['caller']>;
}

/**
 * A master account opened the way a seller opens one, starting with `first`, and the other
 * accounts linked through "Add account" and their confirmation mails.
 */
export async function givenMasterAccount(server: TestServer, first: GivenWorkspace, ...more: GivenWorkspace[]): Promise<GivenMaster> {
  const email = `master-${unique()}@example.com`;
  const source = `198.51.100.${(counter % 250) + 1}`;
  await server.caller(null, source).master.register({ email, name: 'Mia Seller', nickname: first.handle, password: 'correct horse battery' });
  const completed = await server.caller(null, source).master.completeRegistration({ token: await mailedLinkToken(server, email, 'master-registration'), password: strongPassword });
  if (completed.signIn.secondFactorRequired) throw new Error('the master account’s person has a second factor');
  const token = completed.signIn.token;
  const owner = server.caller(token, source);
  for (const account of more) {
    await owner.master.linkAccount({ workspace: completed.master, nickname: account.handle, password: 'correct horse battery' });
    await server.caller().master.confirmLink({ token: await mailedLinkToken(server, account.ownerEmail, 'master-link') });
  }
  const row = await server.deps.db('workspaces').select('id').where({ handle: completed.master }).first();
  return { handle: completed.master, id: row.id, email, token, owner };
}
