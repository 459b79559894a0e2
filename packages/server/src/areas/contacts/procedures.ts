import type { Permission } from '@foyer/schema';
import { forbidden } from '../../errors.js';
import { memberProcedure } from '../../trpc.js';

type ContactsPermission = Extract<Permission, 'contacts.view' | 'contacts.manage' | 'contacts.delete' | 'contacts.backup'>;

/**
 * Deny by default, like `permittedProcedure`, with one difference: the hosting catalog has a
 * single contacts permission (seeds/002, "view and manage contacts"), so there it stands for
 * viewing, deleting and backing up as well. Other catalogs need the named permission.
 */
export const contactsProcedure = (permission: ContactsPermission) =>
  memberProcedure.meta({ access: 'permitted', permission }).use(({ ctx, next }) => {
    const needed = ctx.template === 'hosting' ? 'contacts.manage' : permission;
    if (!ctx.permissions.has(needed)) throw forbidden('FORBIDDEN');
    return next();
  });

/** The same rule outside tRPC (the backup download). */
export function mayUseContacts(member: { template: string; permissions: ReadonlySet<string> }, permission: ContactsPermission): boolean {
  return member.permissions.has(member.template === 'hosting' ? 'contacts.manage' : permission);
}
