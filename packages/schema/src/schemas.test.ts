import { describe, expect, it } from 'vitest';
import { AccessCode, CreateAccessInput, Email, WorkspaceHandle } from './index.js';
import { photographyCatalog } from './catalogs/photography.js';
import { expandPermissions } from './permissions.js';

describe('shared schemas', () => {
  it('reads an access code case-insensitively and without surrounding spaces', () => {
    expect(AccessCode.parse('  Mueller-Wedding-2026 ')).toBe('mueller-wedding-2026');
  });

  it('refuses codes a client could not type back reliably, saying why', () => {
    expect(AccessCode.safeParse('abc').error?.issues[0]?.message).toBe('must be at least 6 characters');
    expect(AccessCode.safeParse('two  spaces').error?.issues[0]?.message).toMatch(/letters, digits and single hyphens/);
    expect(AccessCode.safeParse('-leading').success).toBe(false);
  });

  it('lower-cases emails and handles, so one person and one workspace have one spelling', () => {
    expect(Email.parse(' Anna@Example.COM ')).toBe('anna@example.com');
    expect(WorkspaceHandle.parse('Studio-Lindqvist')).toBe('studio-lindqvist');
    expect(Email.safeParse('anna@').success).toBe(false);
  });

  it('defaults a new access to follow the galleries’ navigation settings', () => {
    expect(CreateAccessInput.parse({ workspace: 'studio-x', name: 'Anna' }).scope).toBe('navigation');
  });

  it('follows implications in a catalog: managing accesses implies seeing them and the galleries', () => {
    expect([...expandPermissions(photographyCatalog, ['accesses.manage'])].sort()).toEqual(['accesses.manage', 'accesses.view', 'galleries.view']);
    expect(expandPermissions(photographyCatalog, ['no.such.permission']).size).toBe(0);
  });

  it('grants every role only permissions its catalog defines', () => {
    for (const role of Object.values(photographyCatalog.roles)) {
      for (const permission of role.permissions) expect(photographyCatalog.permissions).toHaveProperty([permission]);
    }
  });
});
