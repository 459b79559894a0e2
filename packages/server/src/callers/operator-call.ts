import { ChangeNotes } from '../audit/change-notes.js';
import { createContextInner, type ServerDeps } from '../context.js';
import { resolveMembership } from '../security/principals.js';
import type { MemberContext } from './contexts.js';

/**
 * A member's context for the operator's own tools (the seeds, the command line), which run on
 * the server's machine with no request to come through a door: access to that machine is their
 * credential, so the second-factor policy does not apply. The member must still belong to the
 * workspace, and services still decide everything else.
 */
export async function operatorActingAs(deps: ServerDeps, identityId: string, handle: string): Promise<MemberContext> {
  const membership = await resolveMembership(deps.db, identityId, handle, 'exempt');
  return { ...createContextInner(deps), ...membership, session: null, identityId, apiKeyId: null, audit: new ChangeNotes() };
}
