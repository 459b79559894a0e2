// The benchmark's workspace: an owner and workspace made through the API, the gallery tree
// written in bulk, and the accesses made through the API again, so code digests, hints and
// added-gallery rows are exactly what the server itself writes.
import { buildGalleryTree, insertGalleryTree, seededRandom, settle } from './seed-galleries.mjs';
import { size } from './smoke.mjs';
import { accountSession, trpcCall } from './trpc-http.mjs';

const sharedGalleries = size(200, 20);
const otherClients = size(40, 3);

/** Every n-th gallery of the depth-first order: the access reaches into every part and level of the tree. */
function spreadOver(ids, count) {
  const stride = ids.length / count;
  return Array.from({ length: count }, (_, i) => ids[Math.floor(i * stride + stride / 2)]);
}

export async function seedWorkspace(baseUrl, db) {
  const handle = 'studio-bench';
  const owner = await accountSession(baseUrl, db, {
    email: 'owner@studio-bench.example',
    password: 'bench-owner-password-1',
    name: 'Bench Studio Owner',
  });
  await trpcCall(baseUrl, 'mutation', 'workspaces.create', { handle, name: 'Studio Bench' }, owner.token);
  const workspace = await db('workspaces').select('id').where({ handle }).first();

  const tree = buildGalleryTree(workspace.id);
  await insertGalleryTree(db, workspace.id, tree);
  const depthOf = new Map(tree.galleries.map((g) => [g.id, g.depth]));

  const create = (input) => trpcCall(baseUrl, 'mutation', 'accesses.create', { workspace: handle, ...input }, owner.token);
  const measured = await create({ name: 'Anna & Jonas Müller', email: 'anna@example.org', galleryIds: spreadOver(tree.depthFirst, sharedGalleries) });

  // The studio's other clients: the access tables hold more than the one row measured, and
  // the sign-in load spreads over their codes as real clients would, rather than queueing
  // every sign-in on the lock of one access row (its use count).
  const random = seededRandom(34);
  const otherCodes = [];
  for (let i = 0; i < otherClients; i++) {
    const own = Array.from({ length: 3 + Math.floor(random() * 12) }, () => tree.depthFirst[Math.floor(random() * tree.depthFirst.length)]);
    otherCodes.push((await create({ name: `Client ${i + 1}`, galleryIds: [...new Set(own)] })).code);
  }

  // For the code-timing section: a disabled access and an expired one, with codes we know.
  const disabled = await create({ name: 'Disabled client', code: 'bench-disabled-code', galleryIds: [tree.depthFirst[1]] });
  await trpcCall(baseUrl, 'mutation', 'accesses.setDisabled', { workspace: handle, accessId: disabled.access.id, disabled: true }, owner.token);
  await create({ name: 'Expired client', code: 'bench-expired-code', expiresAt: new Date(Date.now() - 86_400_000).toISOString(), galleryIds: [tree.depthFirst[2]] });

  await settle(db, ['client_accesses', 'access_galleries', 'sessions', 'workspaces']);

  const shared = measured.access.galleryCount;
  const depths = [0, 1, 2, 3].map((d) => spreadOver(tree.depthFirst, sharedGalleries).filter((id) => depthOf.get(id) === d).length);
  return {
    handle,
    code: measured.code,
    signInCodes: [measured.code, ...otherCodes],
    codes: { disabled: 'bench-disabled-code', expired: 'bench-expired-code' },
    facts: { galleries: tree.galleries.length, items: tree.items.length, sharedGalleries: shared, sharedByDepth: depths },
  };
}
