import { errorMessageIn, type CheckPermissionInput, type MyPermissions, type PermissionCheck } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';

/** What the caller holds here, what it may grant, and which owner-only areas it may open. */
export function mine(member: MemberContext): MyPermissions {
  const permissions = [...member.permissions].sort();
  return {
    kind: member.kind,
    permissions,
    grantable: member.permissions.has('members.manage') ? permissions : [],
    ownerOnly: member.kind === 'owner' ? Object.keys(member.catalog.ownerOnly).sort() : [],
    viaApiKey: member.apiKeyId !== null,
  };
}

/**
 * The host back-end's question: may this bearer do `permission` here? A permission of the
 * catalog is allowed when held; an owner-only area (`dashboard`) only for the owner, whatever
 * permissions a member holds; any other name is not something this workspace grants.
 */
export function check(member: MemberContext, input: z.output<typeof CheckPermissionInput>): PermissionCheck {
  const { permission } = input;
  if (Object.hasOwn(member.catalog.ownerOnly, permission)) {
    return member.kind === 'owner' ? { allowed: true } : { allowed: false, code: 'OWNER_ONLY', reason: errorMessageIn(member.language ?? 'en', 'OWNER_ONLY') };
  }
  if (!Object.hasOwn(member.catalog.permissions, permission)) {
    return { allowed: false, code: 'UNKNOWN_PERMISSIONS', reason: `${errorMessageIn(member.language ?? 'en', 'UNKNOWN_PERMISSIONS')} ${permission}.` };
  }
  return member.permissions.has(permission) ? { allowed: true } : { allowed: false, code: 'FORBIDDEN', reason: errorMessageIn(member.language ?? 'en', 'FORBIDDEN') };
}
