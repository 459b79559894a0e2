// Photography studios (galleries, pictures, client accesses, and an owner with an assistant who
// both made changes), built as a studio builds them: through the server's own procedures and
// its real upload route. Each call makes new workspaces with unique handles.
import { createContextInner, createIdentity } from '@foyer/server';
import { createCaller, invitedMember, signedUp, unique } from './fixture-support.mjs';

function svg(label, colour) {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240"><rect width="100%" height="100%" fill="${colour}"/><text x="20" y="130" font-size="28" fill="#fff">${label}</text></svg>`,
  );
}

/** Uploads through the server's real upload route, as the owner's browser would. */
async function upload(api, token, workspace, galleryId, name, colour) {
  const response = await fetch(`${api}/uploads/${workspace}/${galleryId}?name=${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/svg+xml' },
    body: svg(name, colour),
  });
  if (!response.ok) throw new Error(`fixture upload failed: ${response.status} ${await response.text()}`);
}

/**
 * A photographer with a small tree:
 *   Wedding (navigation on) > Ceremony, Reception (password "reception-pw")
 *   Portfolio (navigation off) > Landscapes
 *   Private (password "private-pw", no parent)
 * and accesses: `wedding` (Wedding added), `landscapes` (only Landscapes; its parent has
 * navigation off), `explicit` (Ceremony only, explicit scope), `disabled`.
 */
async function photographer({ deps, api }) {
  const n = unique();
  const handle = `studio-${n}`;
  const email = `owner-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  await owner.workspaces.create({ handle, name: 'Studio Lindqvist' });
  const create = (title, options = {}) => owner.galleries.create({ workspace: handle, title, ...options }).then((g) => g.id);
  const wedding = await create('Wedding', { allowNavigation: true });
  const ceremony = await create('Ceremony', { parentId: wedding });
  const reception = await create('Reception', { parentId: wedding, password: 'reception-pw' });
  const portfolio = await create('Portfolio', { allowNavigation: false });
  const landscapes = await create('Landscapes', { parentId: portfolio });
  const privateGallery = await create('Private', { password: 'private-pw' });
  const colours = ['#8e44ad', '#2c3e50', '#16a085', '#d35400'];
  for (const [id, title] of [
    [wedding, 'Wedding'],
    [ceremony, 'Ceremony'],
    [reception, 'Reception'],
    [landscapes, 'Landscapes'],
    [privateGallery, 'Private'],
  ]) {
    for (let i = 0; i < 2; i++) await upload(api, token, handle, id, `${title} ${i + 1}.svg`, colours[i % colours.length]);
  }
  const access = (name, galleryIds, extra = {}) => owner.accesses.create({ workspace: handle, name, galleryIds, email: `${name.toLowerCase()}@example.com`, ...extra });
  const weddingAccess = await access('Wedding', [wedding], { code: `wedding-${n}` });
  const landscapesAccess = await access('Landscapes', [landscapes], { code: `landscapes-${n}` });
  const explicitAccess = await access('Explicit', [ceremony], { code: `explicit-${n}`, scope: 'explicit' });
  const disabledAccess = await access('Disabled', [wedding], { code: `disabled-${n}` });
  await owner.accesses.setDisabled({ workspace: handle, accessId: disabledAccess.access.id, disabled: true });
  // Someone with an account of their own and no membership here.
  const stranger = { email: `stranger-${n}@example.com`, password: 'stranger password 1' };
  await createIdentity(deps.db, new Date(), stranger);
  return {
    workspace: handle,
    owner: { email, password, token },
    stranger,
    galleries: { wedding, ceremony, reception, portfolio, landscapes, private: privateGallery },
    passwords: { reception: 'reception-pw', private: 'private-pw' },
    accesses: {
      wedding: { id: weddingAccess.access.id, code: weddingAccess.code },
      landscapes: { id: landscapesAccess.access.id, code: landscapesAccess.code },
      explicit: { id: explicitAccess.access.id, code: explicitAccess.code },
      disabled: { id: disabledAccess.access.id, code: disabledAccess.code },
    },
  };
}

/**
 * One person who owns two studios, each with one client access of its own name, for
 * switching between accounts.
 */
async function twoStudios({ deps }) {
  const n = unique();
  const email = `two-${n}@example.com`;
  const password = 'correct horse battery';
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  const studios = [];
  for (const [handle, name, client] of [
    [`north-${n}`, 'North Studio', 'Client of North'],
    [`south-${n}`, 'South Studio', 'Client of South'],
  ]) {
    await owner.workspaces.create({ handle, name });
    await owner.accesses.create({ workspace: handle, name: client, galleryIds: [] });
    studios.push({ workspace: handle, name, client });
  }
  return { owner: { email, password, token }, studios };
}

/**
 * A photography studio with an owner (Ada Owner) and an assistant (Sam Assistant) who both
 * changed things: the owner created "Wedding" and "Portfolio" and a client access, the
 * assistant (through the invitation flow) created "Ceremony" and "Reception". Every change
 * is made through the server's own procedures, so the activity log holds them as it would.
 */
async function activity({ deps }) {
  const n = unique();
  const workspace = `activity-${n}`;
  const password = 'correct horse battery';
  const ownerEmail = `owner-${n}@example.com`;
  const assistantEmail = `assistant-${n}@example.com`;
  const anon = createCaller(createContextInner(deps, { source: `fixture-${n}` }));
  const { token } = await signedUp(deps, anon, { email: ownerEmail, password, name: 'Ada Owner' });
  const owner = createCaller(createContextInner(deps, { token, source: `fixture-${n}` }));
  await owner.workspaces.create({ handle: workspace, name: 'Studio Activity' });
  const accepted = await invitedMember(deps, { owner, anon, workspace, email: assistantEmail, password, name: 'Sam Assistant', role: 'assistant' });
  const assistant = createCaller(createContextInner(deps, { token: accepted.token, source: `fixture-${n}` }));
  const wedding = await owner.galleries.create({ workspace, title: 'Wedding' });
  await owner.galleries.create({ workspace, title: 'Portfolio' });
  await assistant.galleries.create({ workspace, title: 'Ceremony', parentId: wedding.id });
  await assistant.galleries.create({ workspace, title: 'Reception', parentId: wedding.id });
  await owner.accesses.create({ workspace, name: 'Wedding guests', galleryIds: [wedding.id] });
  const identity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [assistantEmail]).first();
  const ownerIdentity = await deps.db('identities').select('id').whereRaw('lower(email) = lower(?)', [ownerEmail]).first();
  return {
    workspace,
    owner: { email: ownerEmail, password, token, name: 'Ada Owner', identityId: ownerIdentity.id },
    assistant: { email: assistantEmail, password, token: accepted.token, name: 'Sam Assistant', identityId: identity.id },
  };
}

export const studioFixtures = {
  activity,
  photographer,
  'two-studios': twoStudios,
};
