import { z } from 'zod';
import { InWorkspace } from './common.js';
import { MembershipKind } from './members.js';
import { PermissionName } from './roles.js';

/** What the caller may do in the workspace: for elements that hide what the server would refuse. */
export const MyPermissions = z.object({
  kind: MembershipKind,
  /** Every permission held, implications included, sorted. */
  permissions: z.array(z.string()),
  /** What the caller may grant others: what it holds, if it manages users; nothing otherwise. */
  grantable: z.array(z.string()),
  /** The catalog's owner-only areas this caller may open: all of them for the owner, none for anyone else. */
  ownerOnly: z.array(z.string()),
  /** True when the call was made with an API key. */
  viaApiKey: z.boolean(),
});
export type MyPermissions = z.infer<typeof MyPermissions>;

/**
 * "May this session or API key do X here?" — asked by a host's back-end with the user's
 * bearer token. `permission` is a permission of the catalog or one of its owner-only areas.
 */
export const CheckPermissionInput = InWorkspace.extend({ permission: PermissionName });
export type CheckPermissionInput = z.infer<typeof CheckPermissionInput>;

export const PermissionCheck = z.object({
  allowed: z.boolean(),
  /** When refused: an error code (FORBIDDEN, OWNER_ONLY, UNKNOWN_PERMISSIONS) and its sentence. */
  code: z.string().optional(),
  reason: z.string().optional(),
});
export type PermissionCheck = z.infer<typeof PermissionCheck>;
