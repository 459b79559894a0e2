import type { CatalogShape, PermissionDefinition, RoleChoice } from '@foyer/schema';
import { expandPermissions, impliedBy } from '@foyer/schema/permissions';

/** A role a workspace made for itself, as the server lists it beside the template's roles. */
export interface CustomRoleOption {
  id: string;
  name: string;
  description: string;
  permissions: readonly string[];
}

export interface PermissionGroup {
  name: string;
  permissions: Array<{ key: string; definition: PermissionDefinition }>;
}

/** The catalog's permissions under their groups, in the order the catalog lists them. */
export function permissionGroups(catalog: CatalogShape): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const [key, definition] of Object.entries(catalog.permissions)) {
    let group = groups.get(definition.group);
    if (!group) groups.set(definition.group, (group = { name: definition.group, permissions: [] }));
    group.permissions.push({ key, definition });
  }
  return [...groups.values()];
}

/** The permissions a choice names itself, before implications: a role's list, or the hand-picked set. */
export function listedPermissions(catalog: CatalogShape, choice: RoleChoice | undefined, customRoles: readonly CustomRoleOption[]): string[] {
  if (!choice) return [];
  if ('template' in choice) return [...(catalog.roles[choice.template]?.permissions ?? [])];
  if ('customRoleId' in choice) return [...(customRoles.find((role) => role.id === choice.customRoleId)?.permissions ?? [])];
  return [...choice.permissions];
}

/** Everything a choice grants, implications followed to the end. */
export function grantedBy(catalog: CatalogShape, choice: RoleChoice | undefined, customRoles: readonly CustomRoleOption[]): Set<string> {
  return expandPermissions(catalog, listedPermissions(catalog, choice, customRoles));
}

/**
 * The permissions of `granted` that include `permission`: a box they tick is ticked for
 * them. Empty when the permission is in the set (or not) on its own account.
 */
export function includedIn(catalog: CatalogShape, permission: string, granted: ReadonlySet<string>): string[] {
  return impliedBy(catalog, permission).filter((other) => granted.has(other));
}

/** The smallest list that grants the same: permissions another in the list includes are left out. */
export function withoutImplied(catalog: CatalogShape, permissions: Iterable<string>): string[] {
  const list = [...new Set(permissions)].filter((p) => Object.hasOwn(catalog.permissions, p));
  return list.filter((p) => !list.some((other) => other !== p && expandPermissions(catalog, [other]).has(p))).sort();
}

/**
 * What of `permissions` (implications included) the person may not grant; empty when they
 * may grant it all, or when nothing limits them (`grantable` undefined).
 */
export function notGrantable(catalog: CatalogShape, permissions: Iterable<string>, grantable: ReadonlySet<string> | undefined): string[] {
  if (!grantable) return [];
  return [...expandPermissions(catalog, permissions)].filter((p) => !grantable.has(p)).sort();
}

/** Two choices name the same role or the same hand-picked set. */
export function sameChoice(catalog: CatalogShape, a: RoleChoice | undefined, b: RoleChoice | undefined): boolean {
  if (!a || !b) return a === b;
  if ('template' in a) return 'template' in b && a.template === b.template;
  if ('customRoleId' in a) return 'customRoleId' in b && a.customRoleId === b.customRoleId;
  if (!('permissions' in b)) return false;
  const left = withoutImplied(catalog, a.permissions);
  const right = withoutImplied(catalog, b.permissions);
  return left.length === right.length && left.every((p, i) => p === right[i]);
}

/** The permissions' labels, for a sentence: "Send emails, Create emails". */
export function permissionLabels(catalog: CatalogShape, permissions: readonly string[]): string {
  return permissions.map((p) => catalog.permissions[p]?.label ?? p).join(', ');
}
