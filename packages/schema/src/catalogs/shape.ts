import type { ContactKind } from '../contacts.js';

/**
 * What every permission catalog looks like. A catalog is data: the server decides with it,
 * the elements show it, and nothing restates it.
 */
export interface PermissionDefinition {
  /** The heading the permission is listed under. */
  readonly group: string;
  /** A short name, as a checkbox label. */
  readonly label: string;
  /** What the permission lets its holder do, in one sentence. */
  readonly description: string;
  /** Permissions this one includes: whoever holds it holds these too. */
  readonly implies?: readonly string[];
  /**
   * Permissions of the shared areas that this template folds into this one permission: the
   * hosting seed has one "view and manage contacts" where the print shop has four. A procedure
   * that asks for a covered permission is opened by this one. Never shown as choices.
   */
  readonly covers?: readonly string[];
}

export interface RoleDefinition {
  readonly name: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

/** Parts of a workspace that only its owner ever sees, whatever permissions a member holds. */
export interface OwnerOnlyArea {
  readonly name: string;
  readonly description: string;
}

/**
 * The contacts a template keeps. A template without this entry keeps none: adding one is
 * refused. Who may add them is the `contacts.create` owner-only area, where a template lists it.
 */
export interface ContactsDefinition {
  /** The kinds a contact may be; a new contact is of the first unless another is asked for. */
  readonly kinds: readonly ContactKind[];
  /** The permissions a sub-account may be given, out of the catalog's own; never the workspace's. */
  readonly subAccountPermissions?: readonly string[];
  /** The role of the catalog a customer who signs in is given; a sub-account holds its own permissions instead. */
  readonly customerRole?: string;
}

export interface CatalogShape {
  readonly template: string;
  readonly name: string;
  readonly permissions: Readonly<Record<string, PermissionDefinition>>;
  readonly roles: Readonly<Record<string, RoleDefinition>>;
  readonly ownerOnly: Readonly<Record<string, OwnerOnlyArea>>;
  readonly contacts?: ContactsDefinition;
}
