import { describe, expect, it } from 'vitest';
import { AccessCode, ApiKey, CreateAccessInput, Email, ListActivityInput, RoleChoice, WorkspaceHandle } from './index.js';

describe('shared schemas', () => {
  it('reads an access code case-insensitively and without surrounding spaces', () => {
    expect(AccessCode.parse('  Mueller-Wedding-2026 ')).toBe('mueller-wedding-2026');
  });

  it('reads a code in the photographer’s own language: composed letters, any case, one space for many', () => {
    expect(AccessCode.parse('Mu\u0308ller  Hochzeit')).toBe('müller hochzeit');
    expect(AccessCode.parse('ESKÜVŐ-２０２６')).toBe('esküvő-2026');
    expect(AccessCode.parse('bryllup-øye')).toBe('bryllup-øye');
  });

  it('refuses codes a client could not type back reliably, saying why', () => {
    expect(AccessCode.safeParse('abc').error?.issues[0]?.message).toBe('must be at least 6 characters');
    expect(AccessCode.safeParse('two__underscores').error?.issues[0]?.message).toMatch(/letters, digits and single hyphens or spaces/);
    expect(AccessCode.safeParse('double--hyphen').success).toBe(false);
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

  it('takes a role as exactly one of a template role, a custom role or a set of permissions', () => {
    expect(RoleChoice.parse({ template: 'copywriter' })).toEqual({ template: 'copywriter' });
    expect(RoleChoice.parse({ permissions: ['emails.send', 'api.use'] })).toEqual({ permissions: ['emails.send', 'api.use'] });
    expect(RoleChoice.safeParse({ template: 'copywriter', permissions: [] }).success).toBe(false);
    expect(RoleChoice.safeParse({ customRoleId: 'not-an-id' }).success).toBe(false);
    expect(RoleChoice.safeParse({ permissions: ['DROP TABLE'] }).error?.issues[0]?.message).toMatch(/permission name/);
  });

  it('tells an API key from a session token by its prefix', () => {
    expect(ApiKey.safeParse(`fy_${'a'.repeat(43)}`).success).toBe(true);
    expect(ApiKey.safeParse('a'.repeat(43)).success).toBe(false);
  });

  it('lists activity fifty entries at a time unless asked otherwise', () => {
    expect(ListActivityInput.parse({ workspace: 'studio-x' }).limit).toBe(50);
    expect(ListActivityInput.safeParse({ workspace: 'studio-x', action: 'members.invite; drop' }).success).toBe(false);
  });
});
