import type { ContactAction, ContactKind, ContactStatus, ErrorCode, Permission } from '@foyer/schema';
import { conflict } from '../../errors.js';
import { allows, type Membership } from '../../security/principals.js';

/**
 * What may be done to a contact in each status. The contacts table lists these on
 * every row and every action asks here first, so the two never disagree.
 */
const byStatus: Record<ContactStatus, readonly ContactAction[]> = {
  unregistered: ['delete', 'send-activation', 'backup'],
  'not-active': ['delete', 'send-activation', 'activate', 'backup'],
  active: ['delete-identities', 'delete', 'deactivate', 'backup'],
  deactivated: ['delete', 'backup'],
};

/** Actions that concern a login; a notification-only contact has none. */
const loginActions: ReadonlySet<ContactAction> = new Set(['delete-identities', 'send-activation', 'activate', 'deactivate']);

export function allowedActions(contact: { status: ContactStatus; kind: ContactKind }): ContactAction[] {
  const actions = byStatus[contact.status];
  return contact.kind === 'notification-only' ? actions.filter((action) => !loginActions.has(action)) : [...actions];
}

/** The permission each action asks of the member: the procedures and the backup route check these. */
export const actionPermission: Record<ContactAction, Permission> = {
  'send-activation': 'contacts.manage',
  activate: 'contacts.manage',
  deactivate: 'contacts.manage',
  'delete-identities': 'contacts.delete',
  delete: 'contacts.delete',
  backup: 'contacts.backup',
};

/** Adding contacts and editing their details (name, email, company, phone and address, kind). */
export const detailsPermission: Permission = 'contacts.manage';

/** The actions the contact's status allows and the member's permissions grant. */
export function actionsFor(contact: { status: ContactStatus; kind: ContactKind }, member: Pick<Membership, 'permissions'>): ContactAction[] {
  return allowedActions(contact).filter((action) => allows(member, actionPermission[action]));
}

/** Adding contacts: `contacts.manage`, and only the owner where the catalog keeps new contacts owner-only. */
export function mayAddContacts(member: Pick<Membership, 'permissions' | 'catalog' | 'kind'>): boolean {
  return allows(member, detailsPermission) && (!Object.hasOwn(member.catalog.ownerOnly, 'contacts.create') || member.kind === 'owner');
}

/** The refusal for an action the status does not allow, saying which status it needs. */
const refusals: Record<ContactAction, ErrorCode> = {
  'delete-identities': 'DELETE_IDENTITIES_NEEDS_ACTIVE',
  delete: 'CONTACT_NOT_FOUND',
  'send-activation': 'ACTIVATION_NOT_NEEDED',
  activate: 'ACTIVATE_NEEDS_NOT_ACTIVE',
  deactivate: 'DEACTIVATE_NEEDS_ACTIVE',
  backup: 'CONTACT_NOT_FOUND',
};

/** The error code refusing `action` for this contact, or null when it is allowed. */
export function refusalFor(contact: { status: ContactStatus; kind: ContactKind }, action: ContactAction): ErrorCode | null {
  if (allowedActions(contact).includes(action)) return null;
  if (contact.kind === 'notification-only' && loginActions.has(action)) return 'NOTIFICATION_ONLY_CONTACT';
  return refusals[action];
}

export function requireAction(contact: { status: ContactStatus; kind: ContactKind }, action: ContactAction): void {
  const code = refusalFor(contact, action);
  if (code) throw conflict(code);
}
