import { describe, expect, it } from 'vitest';
import { AccessCode, CreateAccessInput, Email, WorkspaceHandle } from './index.js';

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

});
