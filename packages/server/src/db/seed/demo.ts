import { Readable } from 'node:stream';
import type { AccessScope, AccessStatus, Gallery } from '@foyer/schema';
import { addItem } from '../../areas/galleries/service.js';
import { createContextInner, type ServerDeps } from '../../context.js';
import { FoyerError } from '../../errors.js';
import { appRouter } from '../../router.js';
import { DAY } from '../../security/clock.js';
import { createCallerFactory } from '../../trpc.js';
import { operatorActingAs } from '../../callers/operator-call.js';
import { accessPlan, demoOwner, demoWorkspace, directLinkPlan, galleryPlan, type GalleryKey } from './demo-plan.js';
import { demoPicture, demoPictureName } from './demo-pictures.js';
import { seedAgencyDemo, type DemoAgencyFacts } from './demo-agency.js';
import { seedAccount } from './seed-accounts.js';

export interface DemoSeedOptions {
  /** The demo's entry page, where clients enter their code (share links point here). */
  entryUrl: string;
  /** The demo's page that opens one gallery by its direct link. */
  galleryUrl: string;
  /** The operator's plan flag for the agency demo's workspaces (agency access is an Enterprise plan feature). Default on. */
  agencyFeature?: boolean;
}

export interface DemoGalleryFacts {
  id: string;
  title: string;
  /** Titles from the top of the tree down to this gallery. */
  path: string[];
  allowNavigation: boolean;
  /** The direct-link password, printed by the demo; null when the gallery has none. */
  password: string | null;
  itemCount: number;
  directLink: string;
}

export interface DemoAccessFacts {
  name: string;
  code: string;
  email: string | null;
  status: AccessStatus;
  scope: AccessScope;
  expiresAt: string | null;
  /** Titles of the galleries added by hand. */
  galleries: string[];
  /** What a visitor trying the code should see. */
  expect: string;
  /** Titles on the client's overview. */
  overview: string[];
  /** Titles of every gallery the client can open. */
  opens: string[];
  /** Titles of nearby galleries the client cannot open. */
  refused: string[];
}

export interface DemoDirectLinkFacts {
  galleryId: string;
  title: string;
  path: string[];
  password: string | null;
  directLink: string;
  expect: string;
}

/** Everything the demo pages and the tests need to know about the seeded data. */
export interface DemoSeed {
  workspace: { handle: string; name: string };
  owner: { email: string; password: string; name: string };
  galleries: DemoGalleryFacts[];
  accesses: DemoAccessFacts[];
  /** Direct links worth trying without a code. */
  directLinks: DemoDirectLinkFacts[];
  /** The direct links that ask for a password, with the password. */
  protectedGalleries: DemoDirectLinkFacts[];
  /** The email-marketing workspaces and the agency that serves them. */
  agency: DemoAgencyFacts;
}

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;

const isRefusal = (error: unknown, appCode: string) => error instanceof FoyerError && error.appCode === appCode;

/** The seed calls the server as a request would, from a source of its own. */
function callerFor(deps: ServerDeps, token: string | null = null): Caller {
  return createCaller(createContextInner(deps, { token, source: 'demo-seed' }));
}

/** Signs an identity without a second factor in with its password. */
async function passwordSession(deps: ServerDeps, email: string, password: string): Promise<{ token: string; identity: { id: string } }> {
  const result = await callerFor(deps).identity.signIn({ email, password });
  if (result.secondFactorRequired) throw new Error(`the demo account ${email} unexpectedly has a second factor`);
  return result;
}

async function workspaceExists(deps: ServerDeps): Promise<boolean> {
  try {
    await callerFor(deps).workspaces.get({ workspace: demoWorkspace.handle });
    return true;
  } catch (error) {
    if (isRefusal(error, 'WORKSPACE_NOT_FOUND')) return false;
    throw error;
  }
}

/** The owner's session: a new account, or the existing one when an earlier seed made it. */
async function ownerSession(deps: ServerDeps): Promise<{ token: string; identityId: string }> {
  await seedAccount(deps, demoOwner);
  const { token, identity } = await passwordSession(deps, demoOwner.email, demoOwner.password);
  return { token, identityId: identity.id };
}

async function createDemo(deps: ServerDeps, options: DemoSeedOptions): Promise<void> {
  const { token, identityId } = await ownerSession(deps);
  const owner = callerFor(deps, token);
  const workspace = demoWorkspace.handle;
  await owner.workspaces.create({ handle: workspace, name: demoWorkspace.name, entryUrl: options.entryUrl, galleryUrl: options.galleryUrl });
  // Uploads stream over plain HTTP in the product; the seed hands them to the service as the owner.
  const ctx = await operatorActingAs(deps, identityId, workspace);

  const ids = new Map<GalleryKey, string>();
  for (const plan of galleryPlan) {
    const gallery = await owner.galleries.create({
      workspace,
      title: plan.title,
      parentId: plan.parent ? ids.get(plan.parent)! : null,
      allowNavigation: plan.allowNavigation,
      ...(plan.password ? { password: plan.password } : {}),
    });
    ids.set(plan.key, gallery.id);
    const itemIds: string[] = [];
    for (const [index, caption] of plan.captions.entries()) {
      const svg = demoPicture({ galleryTitle: plan.title, caption, index, hue: plan.hue, motif: plan.motif });
      const item = await addItem(ctx, {
        galleryId: gallery.id,
        name: demoPictureName(caption, index),
        mediaType: 'image/svg+xml',
        body: Readable.from([Buffer.from(svg, 'utf8')]),
      });
      itemIds.push(item.id);
    }
    if (plan.cover !== undefined) await owner.galleries.update({ workspace, galleryId: gallery.id, coverItemId: itemIds[plan.cover]! });
  }

  const now = deps.clock.now().getTime();
  for (const plan of accessPlan) {
    const expiresAt = plan.state === 'expired' ? now - 30 * DAY : plan.expiresInDays !== undefined ? now + plan.expiresInDays * DAY : null;
    const { access, code } = await owner.accesses.create({
      workspace,
      name: plan.name,
      code: plan.code,
      ...(plan.email ? { email: plan.email } : {}),
      ...(plan.note ? { note: plan.note } : {}),
      scope: plan.scope,
      expiresAt: expiresAt === null ? null : new Date(expiresAt).toISOString(),
      galleryIds: plan.galleries.map((key) => ids.get(key)!),
    });
    if (plan.state === 'disabled') await owner.accesses.setDisabled({ workspace, accessId: access.id, disabled: true });
    // Only into the outbox: with SMTP configured the demo must not mail the example addresses.
    if (plan.sendInvitation && deps.mailer.transport === 'outbox') await owner.accesses.send({ workspace, accessId: access.id, code });
  }
  await owner.identity.signOut();
}

function pathOf(galleries: ReadonlyMap<string, Gallery>, id: string): string[] {
  const path: string[] = [];
  for (let g = galleries.get(id); g; g = g.parentId ? galleries.get(g.parentId) : undefined) path.unshift(g.title);
  return path;
}

/** The facts, read back through the owner's API: the same whether the seed ran now or earlier. */
async function describeDemo(deps: ServerDeps): Promise<Omit<DemoSeed, 'agency'>> {
  const { token } = await passwordSession(deps, demoOwner.email, demoOwner.password);
  const owner = callerFor(deps, token);
  const workspace = demoWorkspace.handle;
  const [galleries, accesses] = [await owner.galleries.list({ workspace }), await owner.accesses.list({ workspace })];
  await owner.identity.signOut();

  const byId = new Map(galleries.map((g) => [g.id, g]));
  const byTitle = new Map(galleries.map((g) => [g.title, g]));
  const incomplete = (what: string) => new Error(`The demo data in this database is incomplete (${what} is missing). Remove the demo's data folder and start again.`);
  const galleryOf = (key: GalleryKey) => {
    const title = galleryPlan.find((p) => p.key === key)!.title;
    const gallery = byTitle.get(title);
    if (!gallery) throw incomplete(`gallery "${title}"`);
    return gallery;
  };
  const titles = (keys: readonly GalleryKey[]) => keys.map((key) => galleryOf(key).title);

  const galleryFacts: DemoGalleryFacts[] = galleryPlan.map((plan) => {
    const gallery = galleryOf(plan.key);
    return {
      id: gallery.id,
      title: gallery.title,
      path: pathOf(byId, gallery.id),
      allowNavigation: gallery.allowNavigation,
      password: plan.password,
      itemCount: gallery.itemCount,
      directLink: gallery.directLink,
    };
  });

  const accessFacts: DemoAccessFacts[] = accessPlan.map((plan) => {
    const access = accesses.find((a) => a.name === plan.name);
    if (!access) throw incomplete(`access "${plan.name}"`);
    return {
      name: plan.name,
      code: plan.code,
      email: plan.email,
      status: access.status,
      scope: access.scope,
      expiresAt: access.expiresAt,
      galleries: titles(plan.galleries),
      expect: plan.expect,
      overview: titles(plan.overview),
      opens: titles(plan.opens),
      refused: titles(plan.refused),
    };
  });

  const directLinks: DemoDirectLinkFacts[] = directLinkPlan.map((plan) => {
    const gallery = galleryFacts.find((g) => g.id === galleryOf(plan.gallery).id)!;
    return {
      galleryId: gallery.id,
      title: gallery.title,
      path: gallery.path,
      password: gallery.password,
      directLink: gallery.directLink,
      expect: plan.expect,
    };
  });

  return {
    workspace: { ...demoWorkspace },
    owner: { ...demoOwner },
    galleries: galleryFacts,
    accesses: accessFacts,
    directLinks,
    protectedGalleries: directLinks.filter((link) => link.password !== null),
  };
}

/**
 * Seeds the demo photographer, Studio Lindqvist, through the server's own procedures: an
 * owner, a gallery tree with pictures, and client accesses with known codes. Idempotent: when
 * the workspace exists, only its page addresses follow the demo's current address (a restart
 * on another port), and the same facts come back.
 */
export async function seedDemo(deps: ServerDeps, options: DemoSeedOptions): Promise<DemoSeed> {
  if (!(await workspaceExists(deps))) await createDemo(deps, options);
  else await pointPagesAt(deps, options);
  const agency = await seedAgencyDemo(deps, { agencyFeature: options.agencyFeature ?? true });
  return { ...(await describeDemo(deps)), agency };
}

async function pointPagesAt(deps: ServerDeps, options: DemoSeedOptions): Promise<void> {
  const { token } = await passwordSession(deps, demoOwner.email, demoOwner.password);
  const owner = callerFor(deps, token);
  await owner.workspaces.update({ workspace: demoWorkspace.handle, entryUrl: options.entryUrl, galleryUrl: options.galleryUrl });
  await owner.identity.signOut();
}
