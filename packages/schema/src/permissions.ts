import { photographyCatalog } from './catalogs/photography.js';

export type Permission = keyof typeof photographyCatalog.permissions;

interface CatalogShape {
  permissions: Record<string, { readonly description: string; readonly implies?: readonly string[] }>;
}

/** Every permission a set grants, its implications followed to the end. */
export function expandPermissions(catalog: CatalogShape, granted: Iterable<string>): Set<string> {
  const result = new Set<string>();
  const pending = [...granted];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (result.has(next) || !(next in catalog.permissions)) continue;
    result.add(next);
    pending.push(...(catalog.permissions[next]?.implies ?? []));
  }
  return result;
}
