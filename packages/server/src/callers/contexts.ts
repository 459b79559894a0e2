import type { Context } from '../context.js';
import type { ActorKind } from '../audit/record.js';
import type { Membership, WorkspaceRef } from '../security/principals.js';
import type { Session } from '../security/sessions.js';
import type { ClientCall } from './client-call.js';

/**
 * What a change may tell its activity entry, whichever door the call came through. Never
 * secrets: the entry is shown to the workspace's managers.
 */
export interface AuditNotes {
  /** Details of the change, beside the ids the input named. */
  note(details: Record<string, unknown>): void;
  /** A call that names no workspace says which one its change belongs to, and who made it (a new workspace, an accepted invitation). */
  changeIn(workspaceId: string, actor: { identityId: string; kind: ActorKind }): void;
  /** The change is to a person's own account (a password, a second factor): every workspace they belong to sees it. */
  changeOf(identityId: string): void;
  /** This call changes nothing a workspace keeps a record of (signing out). */
  unrecorded(): void;
}

/** A member's call: the membership it acts with, and the credential it came with. */
export interface MemberCall extends Membership {
  /** The signed-in session, or null for a call made with an API key. */
  session: Session | null;
  identityId: string;
  apiKeyId: string | null;
}

/** Every member service's first argument: the server, the request, and who acts in which workspace. */
export type MemberContext = Context & MemberCall & { audit: AuditNotes };

/** A signed-in person acting on their own account, in no workspace. */
export type SignedInContext = Context & { session: Session; identityId: string; audit: AuditNotes };

/** A client signed in with an access code, in the workspace the call names. */
export type ClientContext = Context & ClientCall;

/** A visitor of one workspace's public pages (code entry, a gallery's direct link). */
export type PublicWorkspaceContext = Context & { workspace: WorkspaceRef; audit: AuditNotes };

/** Anyone, in no workspace (sign-in, sign-up, following an emailed link). */
export type PublicContext = Context & { audit: AuditNotes };
