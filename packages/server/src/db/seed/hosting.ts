import { hostingCatalog, type NotificationCategory } from '@foyer/schema';
import { createContextInner, type ServerDeps } from '../../context.js';
import { appRouter } from '../../router.js';
import { createCallerFactory } from '../../trpc.js';
import {
  hostingBackEnd,
  hostingContactPlan,
  hostingCustomer,
  hostingPrimaryUser,
  type PlannedHostingContact,
  secondCustomerHelperNotifications,
  secondCustomerHelperPermissions,
  secondHostingCustomer,
  secondPrimaryUser,
} from './hosting-plan.js';
import { seedAccount } from './seed-accounts.js';

export interface HostingSeedOptions {
  /** The demo's page where a contact of the customer with this handle follows an activation link. */
  activationUrl: (workspace: string) => string;
}

export interface HostingContactFacts {
  role: PlannedHostingContact['role'];
  name: string;
  email: string;
  kind: PlannedHostingContact['kind'];
  permissions: string[];
  notifications: NotificationCategory[];
  /** The password a sub-account signs in with; null for a contact without a login. */
  password: string | null;
  /** The customers' workspaces this person is a contact of, by handle. */
  workspaces: string[];
  expect: string;
}

/** Everything the demo page and the tests need to know about the seeded hosting customers. */
export interface HostingSeed {
  workspace: { handle: string; name: string };
  secondWorkspace: { handle: string; name: string };
  primaryUser: { email: string; password: string; name: string };
  secondPrimaryUser: { email: string; password: string; name: string };
  contacts: HostingContactFacts[];
  /** The host's back-end: its key is issued anew at every seed, as only its hash is kept. */
  apiKey: { email: string; key: string; hint: string; permissions: string[]; workspace: string };
  /** The catalog's label of each permission, for a page that lists what a person may do. */
  permissionLabels: Record<string, string>;
}

const createCaller = createCallerFactory(appRouter);
const callerFor = (deps: ServerDeps, token: string | null = null) => createCaller(createContextInner(deps, { token, source: 'demo-seed' }));
type Caller = ReturnType<typeof callerFor>;

async function signedIn(deps: ServerDeps, email: string, password: string): Promise<string> {
  const result = await callerFor(deps).identity.signIn({ email, password });
  if (result.secondFactorRequired) throw new Error(`the demo account ${email} unexpectedly has a second factor`);
  return result.token;
}

async function primaryUserOf(deps: ServerDeps, account: { email: string; password: string; name: string }): Promise<Caller> {
  await seedAccount(deps, account);
  return callerFor(deps, await signedIn(deps, account.email, account.password));
}

const tokenOf = (mailto: string) => /%23token%3D([A-Za-z0-9_-]+)/.exec(mailto)![1]!;

async function createHostingCustomers(deps: ServerDeps, options: HostingSeedOptions): Promise<void> {
  const owner = await primaryUserOf(deps, hostingPrimaryUser);
  const workspace = hostingCustomer.handle;
  await owner.workspaces.create({ handle: workspace, name: hostingCustomer.name, template: 'hosting', activationUrl: options.activationUrl(workspace) });
  // As the primary user adds them in the portal: a sub-account's password set directly, so it is Active at once.
  for (const plan of hostingContactPlan) {
    await owner.contacts.create({
      workspace,
      name: plan.name,
      email: plan.email,
      company: plan.company,
      kind: plan.kind,
      permissions: plan.permissions,
      notifications: plan.notifications,
      password: plan.password,
    });
  }

  // The second customer adds the web helper's same email: a login exists, so the helper follows
  // the activation link signed in with it, and takes no second password.
  const helper = hostingContactPlan.find((c) => c.role === 'web-helper')!;
  const bakery = await primaryUserOf(deps, secondPrimaryUser);
  await bakery.workspaces.create({
    handle: secondHostingCustomer.handle,
    name: secondHostingCustomer.name,
    template: 'hosting',
    activationUrl: options.activationUrl(secondHostingCustomer.handle),
  });
  const row = await bakery.contacts.create({
    workspace: secondHostingCustomer.handle,
    name: helper.name,
    email: helper.email,
    company: helper.company,
    kind: 'sub-account',
    permissions: [...secondCustomerHelperPermissions],
    notifications: [...secondCustomerHelperNotifications],
  });
  const request = await bakery.contacts.activationRequest({ workspace: secondHostingCustomer.handle, contactIds: [row.id], send: 'mailto' });
  const helperSession = callerFor(deps, await signedIn(deps, helper.email, helper.password!));
  await helperSession.activation.complete({ workspace: secondHostingCustomer.handle, token: tokenOf(request.results[0]!.mailto!), acceptTerms: true });
  await helperSession.identity.signOut();

  await owner.apiUsers.create({
    workspace,
    email: hostingBackEnd.email,
    firstName: hostingBackEnd.firstName,
    lastName: hostingBackEnd.lastName,
    description: hostingBackEnd.description,
    role: { permissions: [...hostingBackEnd.permissions] },
  });
  await bakery.identity.signOut();
  await owner.identity.signOut();
}

/** The back-end's key, issued anew: the one given out at the last start stops working. */
async function freshApiKey(deps: ServerDeps): Promise<{ key: string; hint: string }> {
  const owner = await primaryUserOf(deps, hostingPrimaryUser);
  const identity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [hostingBackEnd.email]).first();
  const issued = await owner.apiUsers.rotateKey({ workspace: hostingCustomer.handle, identityId: identity.id });
  await owner.identity.signOut();
  return { key: issued.apiKey, hint: issued.hint };
}

async function describeHosting(deps: ServerDeps, apiKey: { key: string; hint: string }): Promise<HostingSeed> {
  const contacts: HostingContactFacts[] = [];
  for (const plan of hostingContactPlan) {
    const rows = await deps
      .db('contacts as c')
      .join('workspaces as w', 'w.id', 'c.workspace_id')
      .whereRaw('lower(c.email) = lower(?)', [plan.email])
      .whereIn('w.handle', [hostingCustomer.handle, secondHostingCustomer.handle])
      .select('w.handle')
      .orderBy('w.handle');
    if (!rows.some((r) => r.handle === hostingCustomer.handle)) {
      throw new Error(`The hosting demo in this database is incomplete (${plan.email} is missing). Remove the demo's data folder and start again.`);
    }
    contacts.push({
      role: plan.role,
      name: plan.name,
      email: plan.email,
      kind: plan.kind,
      permissions: [...plan.permissions],
      notifications: [...plan.notifications],
      password: plan.password ?? null,
      workspaces: rows.map((r) => r.handle as string).sort((a, b) => (a === hostingCustomer.handle ? -1 : b === hostingCustomer.handle ? 1 : a.localeCompare(b))),
      expect: plan.expect,
    });
  }
  return {
    workspace: { ...hostingCustomer },
    secondWorkspace: { ...secondHostingCustomer },
    primaryUser: { ...hostingPrimaryUser },
    secondPrimaryUser: { ...secondPrimaryUser },
    contacts,
    apiKey: { email: hostingBackEnd.email, key: apiKey.key, hint: apiKey.hint, permissions: [...hostingBackEnd.permissions], workspace: hostingCustomer.handle },
    permissionLabels: Object.fromEntries(Object.entries(hostingCatalog.permissions).map(([name, p]) => [name, p.label])),
  };
}

/**
 * Seeds the hosting demo through the server's own procedures: Fjordweb AS with its primary
 * user, an accountant and a web helper (sub-accounts with passwords set by the primary user),
 * the CEO who only receives mail, and an API-only user for the host's back-end; and Nordkapp
 * Bakeri, which has the same web helper as a contact with the same login. Idempotent: when the
 * customer exists, the activation pages follow the demo's current address and only the
 * back-end's key is issued anew (it is shown at every start and stored only as a hash).
 */
export async function seedHosting(deps: ServerDeps, options: HostingSeedOptions): Promise<HostingSeed> {
  const exists = await deps.db('workspaces').where({ handle: hostingCustomer.handle }).first('id');
  if (!exists) {
    await createHostingCustomers(deps, options);
  } else {
    for (const [account, handle] of [
      [hostingPrimaryUser, hostingCustomer.handle],
      [secondPrimaryUser, secondHostingCustomer.handle],
    ] as const) {
      const owner = await primaryUserOf(deps, account);
      await owner.workspaces.update({ workspace: handle, activationUrl: options.activationUrl(handle) });
      await owner.identity.signOut();
    }
  }
  return describeHosting(deps, await freshApiKey(deps));
}
