// The benchmark's gallery tree: 5,000 galleries four levels deep, each with photos, some with
// a chosen cover. Written straight into the tables in a few statements, because creating
// 5,000 galleries and ~100,000 items one API call at a time would take longer than the run.
import { randomUUID } from 'node:crypto';
import { size } from './smoke.mjs';

// Galleries per parent on each level below the top: 5 → 40 → 440 → 4,515 = 5,000 in all
// (a smoke run: 5 → 10 → 20 → 25 = 60).
const topLevel = ['Weddings', 'Portraits', 'Families', 'Events', 'Commercial'];
const perParent = size([8, 11], [2, 2]);
const total = size(5_000, 60);
const seasons = ['Spring', 'Summer', 'Autumn', 'Winter'];
const surnames = ['Müller', 'Schmidt', 'Lindqvist', 'Novak', 'García', 'Okafor', 'Rossi', 'Dubois', 'Kowalski', 'Tanaka', 'Haddad', 'Jensen', 'Moreau', 'Silva'];
const leafTitles = ['Getting ready', 'Ceremony', 'Portraits', 'Details', 'Family', 'Guests', 'Reception', 'First dance', 'Party', 'Venue', 'Extras'];

/** A small seeded generator: the same tree on every run, so runs compare. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random, min, max) => min + Math.floor(random() * (max + 1 - min));

function titleFor(depth, position, random) {
  if (depth === 0) return topLevel[position];
  if (depth === 1) return `${seasons[position % 4]} ${2019 + Math.floor(position / 4)}`;
  if (depth === 2) return `${surnames[between(random, 0, surnames.length - 1)]} & ${surnames[between(random, 0, surnames.length - 1)]}`;
  return position < leafTitles.length ? leafTitles[position] : `Selection ${position - leafTitles.length + 1}`;
}

// Folders near the top hold few photos; the galleries clients look at hold many.
const itemsAt = [
  [0, 3],
  [0, 6],
  [4, 20],
  [8, 40],
];
// Most folders let a client move between a gallery and its sub-galleries; some do not.
const navigationShare = [0.6, 0.7, 0.8, 0.5];

/** Rows for the galleries and items of one workspace, and the galleries in depth-first order. */
export function buildGalleryTree(workspaceId, random = seededRandom(12)) {
  const galleries = [];
  const items = [];
  const depthFirst = [];
  const start = Date.UTC(2019, 0, 1);
  const leavesPerParent = (index, parents, leaves) => Math.floor(leaves / parents) + (index < leaves % parents ? 1 : 0);

  const levelSizes = [topLevel.length];
  for (const n of perParent) levelSizes.push(levelSizes.at(-1) * n);
  const leafCount = total - levelSizes.reduce((a, b) => a + b, 0);
  let leafParentIndex = 0;

  function add(depth, parentId, position) {
    const id = randomUUID();
    const createdAt = new Date(start + galleries.length * 3_600_000 * 6);
    const itemCount = between(random, ...itemsAt[depth]);
    const itemIds = [];
    for (let p = 0; p < itemCount; p++) {
      const itemId = randomUUID();
      itemIds.push(itemId);
      const png = random() < 0.05;
      items.push({
        id: itemId,
        gallery_id: id,
        position: p,
        name: `IMG_${String(1000 + p).padStart(4, '0')}.${png ? 'png' : 'jpg'}`,
        size: between(random, 2_000_000, 14_000_000),
        media_type: png ? 'image/png' : 'image/jpeg',
        // Points at no file: the overview never reads blobs, only signs their addresses.
        blob_key: `${workspaceId}/${itemId}`,
        created_at: createdAt,
      });
    }
    // About a third of the galleries with photos have a chosen cover; the rest show their first.
    const coverItemId = itemIds.length > 0 && random() < 0.35 ? itemIds[between(random, 0, itemIds.length - 1)] : null;
    galleries.push({
      workspace_id: workspaceId,
      id,
      parent_id: parentId,
      position,
      title: titleFor(depth, position, random),
      allow_navigation: random() < navigationShare[depth],
      password_hash: null,
      cover_item_id: coverItemId,
      created_at: createdAt,
      depth,
    });
    depthFirst.push(id);
    let children = 0;
    if (depth < perParent.length) children = perParent[depth];
    else if (depth === perParent.length) children = leavesPerParent(leafParentIndex++, levelSizes.at(-1), leafCount);
    for (let c = 0; c < children; c++) add(depth + 1, id, c);
  }
  for (let p = 0; p < topLevel.length; p++) add(0, null, p);
  if (galleries.length !== total) throw new Error(`tree has ${galleries.length} galleries, not ${total}`);
  return { galleries, items, depthFirst };
}

/** Writes the tree: galleries level by level (parents first), items as unnested arrays. */
export async function insertGalleryTree(db, workspaceId, tree) {
  await db.transaction(async (trx) => {
    for (let depth = 0; depth <= perParent.length + 1; depth++) {
      const rows = tree.galleries.filter((g) => g.depth === depth).map(({ depth: _, ...row }) => row);
      // 9 columns × at most 5,000 rows stays under PostgreSQL's 65,535 parameters.
      await trx.batchInsert('galleries', rows, 5_000);
    }
    const chunk = 25_000;
    for (let i = 0; i < tree.items.length; i += chunk) {
      const part = tree.items.slice(i, i + chunk);
      const column = (name) => part.map((item) => item[name]);
      await trx.raw(
        `insert into gallery_items (workspace_id, id, gallery_id, position, name, size, media_type, blob_key, created_at)
         select ?, * from unnest(?::uuid[], ?::uuid[], ?::int[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[])`,
        [workspaceId, ...['id', 'gallery_id', 'position', 'name', 'size', 'media_type', 'blob_key', 'created_at'].map(column)],
      );
    }
  });
  await settle(db, ['galleries', 'gallery_items']);
}

/**
 * What autovacuum would soon do to freshly written tables: statistics for the planner, and a
 * visibility map so index-only scans need not visit the table. Measured in that steady state.
 */
export async function settle(db, tables) {
  for (const table of tables) await db.raw(`vacuum analyze ${table}`);
}
