import type { CatalogShape } from './catalogs/shape.js';

/** Every permission a set grants, its implications followed to the end; unknown names grant nothing. */
export function expandPermissions(catalog: CatalogShape, granted: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const pending = [...granted];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (result.has(next) || !Object.hasOwn(catalog.permissions, next)) continue;
    result.add(next);
    pending.push(...(catalog.permissions[next]?.implies ?? []));
  }
  return result;
}

/** Every permission of the catalog: what its owner holds. */
export function allPermissions(catalog: CatalogShape): Set<string> {
  return new Set(Object.keys(catalog.permissions));
}

/**
 * What a set of permissions opens on the server: the set with its implications, and the
 * shared-area permissions the held ones cover. The server decides with this; pickers show
 * `expandPermissions`, which stays within the catalog.
 */
export function effectivePermissions(catalog: CatalogShape, granted: Iterable<string>): Set<string> {
  const result = expandPermissions(catalog, granted);
  for (const permission of [...result]) for (const covered of catalog.permissions[permission]?.covers ?? []) result.add(covered);
  return result;
}

/**
 * The permissions in `requested` (implications included) that `held` lacks: someone who
 * manages users grants only what they hold themselves. Empty when the grant may be made.
 */
export function permissionsBeyond(catalog: CatalogShape, held: ReadonlySet<string>, requested: Iterable<string>): string[] {
  return [...expandPermissions(catalog, requested)].filter((permission) => !held.has(permission)).sort();
}

/**
 * The permissions that imply `permission`, directly or through others: the ones a picker
 * make it "implied" when one of them is chosen.
 */
export function impliedBy(catalog: CatalogShape, permission: string): string[] {
  return Object.keys(catalog.permissions)
    .filter((other) => other !== permission && expandPermissions(catalog, [other]).has(permission))
    .sort();
}

/**
 * The permissions only a call made with an API key needs, beside the procedure's own (an
 * email-marketing key needs "API access" for every call): no procedure asks a signed-in session
 * for them, so a session gains nothing from holding them.
 */
export const keyOnlyPermissions: readonly string[] = ['api.use'];

/**
 * Whether everything a role grants (implications included) serves calls made with an API key
 * only: signed in, it opens nothing. An agency works signed in and never holds a key, so such a
 * role gives an agency nothing, and is not granted to one.
 */
export function grantsOnlyKeyAccess(catalog: CatalogShape, permissions: Iterable<string>): boolean {
  const granted = [...expandPermissions(catalog, permissions)];
  return granted.length > 0 && granted.every((permission) => keyOnlyPermissions.includes(permission));
}
