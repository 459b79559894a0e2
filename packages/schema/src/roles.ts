import { z } from 'zod';
import { DisplayText, Id, InWorkspace, NoteText } from './common.js';
import type { CatalogShape } from './catalogs/shape.js';
import { CatalogTemplateName } from './workspaces.js';

/**
 * A permission's name as the catalogs spell it (`emails.send`). The shape is checked here;
 * whether the workspace's catalog defines it is the server's question.
 */
export const PermissionName = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(80, { error: 'must be at most 80 characters' })
  .regex(/^[a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)*$/, { error: 'must be a permission name such as emails.send' });

/** A role of the workspace's template, by its key: `administrator`, `customer-service`. */
export const TemplateRoleKey = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(60, { error: 'must be at most 60 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be a role key such as administrator' });

/**
 * What a member is given: one of the template's roles, one of the workspace's own roles, or
 * a hand-picked set of permissions. `<role-picker>`'s value.
 */
export const RoleChoice = z.union(
  [
    z.strictObject({ template: TemplateRoleKey }),
    z.strictObject({ customRoleId: Id }),
    z.strictObject({ permissions: z.array(PermissionName).max(100, { error: 'must hold at most 100 permissions' }) }),
  ],
  { error: 'must be { template: key }, { customRoleId: id } or { permissions: [names] }' },
);
export type RoleChoice = z.infer<typeof RoleChoice>;

/** A member's role as shown: its name, how it was chosen, and everything it grants. */
export const RoleSummary = z.object({
  /** `Owner`, a template role's name, a custom role's name, or `Custom permissions`. */
  name: z.string(),
  /** How it was chosen; null for the owner, who holds every permission of the catalog. */
  choice: RoleChoice.nullable(),
  /** Every permission held, implications included, sorted. */
  permissions: z.array(z.string()),
});
export type RoleSummary = z.infer<typeof RoleSummary>;

/** A role of the workspace's template; `permissions` as the catalog lists them (implications not added). */
export const TemplateRole = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
});
export type TemplateRole = z.infer<typeof TemplateRole>;

/** Someone holding a custom role: a member (or agency) by name and email, or an open invitation by its email. */
export const RoleHolder = z.object({
  name: z.string().nullable(),
  email: z.string(),
  /** An invitation not yet accepted, rather than a membership. */
  invited: z.boolean(),
});
export type RoleHolder = z.infer<typeof RoleHolder>;

/** The most holders a custom role names in `heldBy`; `holders` counts them all. */
export const roleHoldersNamed = 10;

/** A role the workspace made itself; `permissions` as chosen (implications not added). */
export const CustomRole = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  permissions: z.array(z.string()),
  /** Memberships and open invitations holding it: a role is deleted only when none do. */
  holders: z.number(),
  /** Who holds it, members first, then by name: at most `roleHoldersNamed` of the `holders`. */
  heldBy: z.array(RoleHolder),
});
export type CustomRole = z.infer<typeof CustomRole>;

export const RolesList = z.object({
  template: CatalogTemplateName,
  /** The workspace's permission catalog, as the server decides with it: what a role picker shows. */
  catalog: z.custom<CatalogShape>((value) => typeof value === 'object' && value !== null),
  templateRoles: z.array(TemplateRole),
  customRoles: z.array(CustomRole),
});
export type RolesList = z.infer<typeof RolesList>;

const RolePermissions = z.array(PermissionName).min(1, { error: 'must hold at least one permission' }).max(100, { error: 'must hold at most 100 permissions' });

export const CreateRoleInput = InWorkspace.extend({
  name: DisplayText(80),
  description: NoteText(500).default(''),
  permissions: RolePermissions,
});
export type CreateRoleInput = z.input<typeof CreateRoleInput>;

export const RoleRef = InWorkspace.extend({ roleId: Id });
export type RoleRef = z.infer<typeof RoleRef>;

export const UpdateRoleInput = RoleRef.extend({
  name: DisplayText(80).optional(),
  description: NoteText(500).optional(),
  permissions: RolePermissions.optional(),
});
export type UpdateRoleInput = z.infer<typeof UpdateRoleInput>;
