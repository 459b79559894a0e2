import { catalogs, keyOnlyPermissions } from '@foyer/schema';
import { describe, expect, it } from 'vitest';
import { appRouter } from './router.js';
import type { ProcedureMeta } from './trpc.js';

/**
 * Deny by default: every procedure says what it needs of its caller, through the base
 * procedure it is built on. A procedure added without that fails here.
 */
const procedures = Object.entries(appRouter._def.procedures as Record<string, { _def: { meta?: ProcedureMeta } }>);

// Procedures any member may call whatever their role: each is here on purpose.
const anyMember: string[] = [
  // A contact's own account and the terms they are asked to accept: every contact, whatever their permissions.
  'contacts.me',
  'terms.current',
  'terms.accept',
  // What the caller itself may do here, and the host back-end's check of the caller's bearer.
  'permissions.mine',
  'permissions.check',
  // A master account's shell: which tabs and linked accounts this caller may open (none, for a role that opens none).
  'master.view',
];

describe('procedure access', () => {
  it('declares, for every procedure, what it needs of its caller', () => {
    const undeclared = procedures.filter(([, procedure]) => !procedure._def.meta?.access).map(([path]) => path);
    expect(undeclared).toEqual([]);
  });

  it('names, for every permitted procedure, a permission some catalog defines', () => {
    const defined = new Set(Object.values(catalogs).flatMap((catalog) => Object.keys(catalog.permissions)));
    expect(procedures.filter(([, procedure]) => procedure._def.meta?.access === 'permitted').length).toBeGreaterThan(10);
    for (const [path, procedure] of procedures) {
      const meta = procedure._def.meta!;
      if (meta.access !== 'permitted') continue;
      // One permission, or several of which any one will do.
      const named = meta.anyOf ?? [meta.permission];
      expect(named.length, path).toBeGreaterThan(0);
      for (const permission of named) expect(defined.has(permission!), `${path} needs ${permission}`).toBe(true);
    }
  });

  it('asks no signed-in session for a permission that only API keys need', () => {
    for (const [path, procedure] of procedures) {
      const meta = procedure._def.meta!;
      for (const permission of meta.anyOf ?? (meta.permission ? [meta.permission] : [])) expect(keyOnlyPermissions, `${path} needs ${permission}`).not.toContain(permission);
    }
  });

  it('opens to any member only the procedures chosen to be open to every role', () => {
    const open = procedures.filter(([, procedure]) => procedure._def.meta?.access === 'member').map(([path]) => path);
    expect(open.sort()).toEqual(anyMember.sort());
  });
});
