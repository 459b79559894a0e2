import type { Context } from '../context.js';
import type { AuditNotes, MemberCall } from '../callers/contexts.js';
import { recordChange, recordIdentityChange, subjectIdsOf, type ActorKind } from './record.js';

/** Who made a change in a workspace, as the door that let the call in knows it. */
export interface Actor {
  workspaceId: string;
  identityId: string | null;
  kind: ActorKind;
  apiKeyId: string | null;
}

export type ChangeTarget = { kind: 'workspace'; actor: Actor } | { kind: 'identity'; identityId: string } | { kind: 'none' };

/**
 * Collects what a call says of its change while it runs; once it has succeeded, `write` puts
 * the change in the activity log. Every door (a procedure, an upload, a download) does the same:
 * calls that fail change nothing and are not recorded.
 */
export class ChangeNotes implements AuditNotes {
  #details: Record<string, unknown> = {};
  #target: ChangeTarget | undefined;

  note(details: Record<string, unknown>): void {
    Object.assign(this.#details, details);
  }

  changeIn(workspaceId: string, actor: { identityId: string; kind: ActorKind }): void {
    this.#target = { kind: 'workspace', actor: { workspaceId, identityId: actor.identityId, kind: actor.kind, apiKeyId: null } };
  }

  changeOf(identityId: string): void {
    this.#target = { kind: 'identity', identityId };
  }

  unrecorded(): void {
    this.#target = { kind: 'none' };
  }

  /**
   * Records the change `action` made, naming the ids `input` held (never anything else of it).
   * `fallback` is where it belongs when the call itself did not say: the caller's workspace,
   * or the signed-in person's own account.
   */
  async write(ctx: Pick<Context, 'db' | 'clock'>, action: string, input: unknown, fallback: ChangeTarget | undefined): Promise<void> {
    const target = this.#target ?? fallback;
    if (!target || target.kind === 'none') return;
    const details = Object.keys(this.#details).length > 0 ? this.#details : null;
    const at = ctx.clock.now();
    const subjectIds = subjectIdsOf(input);
    if (target.kind === 'identity') return recordIdentityChange(ctx.db, { identityId: target.identityId, at, action, subjectIds, details });
    const { actor } = target;
    await recordChange(ctx.db, {
      workspaceId: actor.workspaceId,
      at,
      actorIdentityId: actor.identityId,
      actorKind: actor.kind,
      viaApiKeyId: actor.apiKeyId,
      action,
      subjectIds,
      details,
    });
  }
}

/**
 * Where a change belongs unless the call says otherwise, from what the door that let it in
 * knows: a member's call, the workspace it acted in; a visitor's on a workspace's public pages
 * (a client signing in with a code), that workspace; a signed-in person's, their own account.
 */
export function whereChangeBelongs(caller: Partial<Pick<MemberCall, 'workspace' | 'kind' | 'identityId' | 'apiKeyId'>>): ChangeTarget | undefined {
  if (caller.workspace && caller.kind && caller.identityId) {
    const actor = { workspaceId: caller.workspace.id, identityId: caller.identityId, kind: caller.kind, apiKeyId: caller.apiKeyId ?? null };
    return { kind: 'workspace', actor };
  }
  if (caller.workspace) return { kind: 'workspace', actor: { workspaceId: caller.workspace.id, identityId: null, kind: 'public', apiKeyId: null } };
  if (caller.identityId) return { kind: 'identity', identityId: caller.identityId };
  return undefined;
}
