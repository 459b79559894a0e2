import { describe, expect, it } from 'vitest';
import { catalogs } from './index.js';
import { workspacePermissions } from './workspace-permissions.js';
import type { CatalogShape } from './shape.js';
import { effectivePermissions, expandPermissions, impliedBy, permissionsBeyond } from '../permissions.js';

const own = (catalog: { permissions: object }) => Object.keys(catalog.permissions).filter((key) => !(key in workspacePermissions));
const labels = (catalog: { permissions: Record<string, { label: string }> }, keys: string[]) => keys.map((key) => catalog.permissions[key]!.label);

describe('permission catalogs', () => {
  it('name only permissions their catalog defines, in roles and in implications', () => {
    for (const catalog of Object.values(catalogs)) {
      const defined = Object.keys(catalog.permissions);
      for (const role of Object.values(catalog.roles)) expect(defined).toEqual(expect.arrayContaining([...role.permissions]));
      for (const permission of Object.values(catalog.permissions) as Array<{ implies?: readonly string[] }>) {
        expect(defined).toEqual(expect.arrayContaining([...(permission.implies ?? [])]));
      }
    }
  });

  it('give email marketing exactly the six roles of its seed', () => {
    expect(Object.values(catalogs['email-marketing'].roles).map((role) => role.name)).toEqual([
      'Administrator',
      'Copywriter',
      'Email marketing manager',
      'Customer support',
      'Website builder',
      'API user',
    ]);
  });

  it('let an email marketer who sends also create, and a copywriter create but not send', () => {
    const catalog = catalogs['email-marketing'];
    expect(expandPermissions(catalog, catalog.roles['email-marketing-manager'].permissions)).toEqual(new Set(['emails.send', 'emails.create']));
    expect(expandPermissions(catalog, catalog.roles.copywriter.permissions).has('emails.send')).toBe(false);
  });

  it('give the administrator of email marketing every permission there is', () => {
    const catalog = catalogs['email-marketing'];
    expect(expandPermissions(catalog, catalog.roles.administrator.permissions)).toEqual(new Set(Object.keys(catalog.permissions)));
  });

  it('give hosting sub-accounts the thirteen permissions of the customer portal', () => {
    const catalog = catalogs.hosting;
    expect(own(catalog).filter((key) => key !== 'notifications.send')).toHaveLength(13);
  });

  it('give the marketplace exactly the five permissions of its seed, read/write implying read', () => {
    const catalog = catalogs.marketplace;
    expect(
      labels(
        catalog,
        Object.keys(catalog.permissions).filter((key) => key !== 'audit.view'),
      ),
    ).toEqual(['Orders/Tickets', 'Search orders', 'API read', 'API read/write', 'Manage users']);
    expect(expandPermissions(catalog, ['api.write'])).toEqual(new Set(['api.write', 'api.read']));
    expect(Object.values(catalog.ownerOnly).map((area) => area.name)).toEqual(['Dashboard', 'Accounts']);
  });

  it('follow implications to the end and ignore names the catalog does not define', () => {
    const catalog = catalogs.photography;
    expect(expandPermissions(catalog, ['accesses.manage'])).toEqual(new Set(['accesses.manage', 'accesses.view', 'galleries.view']));
    expect(expandPermissions(catalog, ['no.such.permission', 'toString', '__proto__']).size).toBe(0);
    expect(impliedBy(catalog, 'galleries.view')).toEqual(['accesses.manage', 'accesses.send', 'accesses.view', 'galleries.manage']);
  });

  it('let hosting’s one contacts permission open what the print shop splits in four, without listing them as choices', () => {
    const catalog = catalogs.hosting;
    expect(effectivePermissions(catalog, ['contacts.manage'])).toEqual(new Set(['contacts.manage', 'contacts.view', 'contacts.delete', 'contacts.backup']));
    expect(expandPermissions(catalog, ['contacts.manage'])).toEqual(new Set(['contacts.manage']));
    expect(effectivePermissions(catalogs['print-shop'], ['contacts.view']).has('contacts.delete')).toBe(false);
  });

  it('name what a grant would give beyond what the granter holds', () => {
    const catalog = catalogs.marketplace;
    const held = expandPermissions(catalog, ['tickets.manage', 'members.manage']);
    expect(permissionsBeyond(catalog, held, ['tickets.manage'])).toEqual([]);
    expect(permissionsBeyond(catalog, held, ['api.write', 'tickets.manage'])).toEqual(['api.read', 'api.write']);
  });

  it('let sub-accounts be given only permissions of their catalog, none of the workspace’s own', () => {
    for (const catalog of Object.values(catalogs) as CatalogShape[]) {
      const grantable = catalog.contacts?.subAccountPermissions ?? [];
      expect(Object.keys(catalog.permissions)).toEqual(expect.arrayContaining([...grantable]));
      expect(grantable.filter((key) => key in workspacePermissions || key === 'notifications.send')).toEqual([]);
    }
    expect(catalogs.hosting.contacts.subAccountPermissions).toHaveLength(13);
  });

  it('give customers who sign in a role their catalog defines', () => {
    for (const catalog of Object.values(catalogs) as CatalogShape[]) {
      const role = catalog.contacts?.customerRole;
      if (role) expect(Object.keys(catalog.roles)).toContain(role);
    }
    expect(catalogs['print-shop'].contacts.customerRole).toBe('customer');
  });

  it('give hosting notification-only contacts by default and the print shop customers only', () => {
    expect(catalogs.hosting.contacts.kinds[0]).toBe('notification-only');
    expect(catalogs['print-shop'].contacts.kinds).toEqual(['customer']);
    expect((catalogs.photography as CatalogShape).contacts).toBeUndefined();
  });
});
