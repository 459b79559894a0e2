import { msg, str } from '@lit/localize';
import type { ActivityEntry } from '@foyer/schema';
import { kindLabel } from '../team-members/member-list.js';

/** Areas the filter always offers, before any entry has been seen. */
export const knownAreas = [
  'accesses',
  'galleries',
  'contacts',
  'members',
  'roles',
  'apiUsers',
  'agencyGrants',
  'workspaces',
  'terms',
  'jobs',
  'client',
  'activation',
  'invitations',
  'identity',
] as const;

/** The same rule as the server's `action` filter: a path such as members.invite, or an area. */
export const actionPattern = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

/** A readable name for an area; unknown areas keep their path. */
export function areaLabel(area: string): string {
  switch (area) {
    case 'accesses':
      return msg('Client accesses');
    case 'galleries':
      return msg('Galleries');
    case 'contacts':
      return msg('Contacts');
    case 'members':
      return msg('Team');
    case 'roles':
      return msg('Roles');
    case 'apiUsers':
      return msg('API users');
    case 'agencyGrants':
      return msg('Agencies');
    case 'workspaces':
      return msg('Account settings');
    case 'terms':
      return msg('Terms');
    case 'jobs':
      return msg('Jobs');
    case 'client':
      return msg('Clients');
    case 'activation':
      return msg('Contact activation');
    case 'invitations':
      return msg('Invitations');
    case 'identity':
      return msg('Own accounts');
    case 'sales':
      return msg('Sales');
    case 'master':
      return msg('Master account');
    case 'masterUsers':
      return msg('Master account users');
    case 'tickets':
      return msg('Tickets');
    case 'receipts':
      return msg('Receipts');
    case 'notifications':
      return msg('Notifications');
    case 'agencies':
      return msg('Agencies registered');
    case 'publicGallery':
      return msg('Galleries’ direct links');
    default:
      return area;
  }
}

/** Who acted, as a line: their name (or email), and how they belong. */
export function actorName(entry: ActivityEntry): string {
  const a = entry.actor;
  if (a.kind === 'public') return msg('A client (with a code)');
  return a.name ?? a.email ?? msg('Someone no longer known');
}

export function actorKind(entry: ActivityEntry): string {
  return entry.actor.kind === 'public' ? msg('Client') : kindLabel(entry.actor.kind);
}

/** "via agency X" / "via API key Y", or nothing. */
export function viaLabel(entry: ActivityEntry): string {
  if (entry.via.agency) {
    const agency = entry.via.agency;
    return msg(str`via agency ${agency}`);
  }
  if (entry.via.apiKey) {
    const key = entry.via.apiKey;
    return msg(str`via API key ${key}`);
  }
  return '';
}

/** The subject ids, shortened to their first eight characters (the full id is in the title). */
export function subjectList(entry: ActivityEntry): Array<{ field: string; id: string; short: string }> {
  return Object.entries(entry.subjectIds).flatMap(([field, value]) =>
    (Array.isArray(value) ? value : [value]).map((id) => ({ field, id, short: id.length > 8 ? `${id.slice(0, 8)}…` : id })),
  );
}

/** A date input's value (YYYY-MM-DD, the reader's local day) as the instant that day starts. */
export function dayStart(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
