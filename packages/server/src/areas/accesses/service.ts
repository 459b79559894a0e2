import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type {
  Access,
  AccessDetail,
  AccessInvitation,
  AccessWithCode,
  ClientSession,
  CreateAccessInput,
  SendResult,
  UpdateAccessInput,
} from '@foyer/schema';
import type { z } from 'zod';
import type { CreateAccessInput as CreateAccessSchema } from '@foyer/schema';
import type { Context } from '../../context.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { accessCodeDigest, accessCodeHint, generateAccessCode } from '../../security/access-codes.js';
import { endSessionsOf, startSession } from '../../security/sessions.js';
import { sameBytes } from '../../security/tokens.js';
import type { WorkspaceRef } from '../../security/principals.js';
import { computeReach, pathOf } from '../galleries/navigation.js';
import { loadTree } from '../galleries/queries.js';
import { composeInvitation } from './invitation.js';
import { addedGalleryIds, selectAccesses } from './queries.js';

type CreateInput = z.output<typeof CreateAccessSchema>;

async function getAccess(ctx: Context, workspaceId: string, accessId: string, db: Knex = ctx.db): Promise<Access> {
  const [access] = await selectAccesses(db, workspaceId, ctx.clock.now(), accessId);
  if (!access) throw notFound('ACCESS_NOT_FOUND');
  return access;
}

async function requireAccess(db: Knex, workspaceId: string, accessId: string) {
  const row = await db('client_accesses')
    .select('id', 'name', 'email', 'scope', 'code_digest')
    .where({ workspace_id: workspaceId, id: accessId })
    .first();
  if (!row) throw notFound('ACCESS_NOT_FOUND');
  return row as { id: string; name: string; email: string | null; scope: 'navigation' | 'explicit'; code_digest: Buffer };
}

async function requireGalleries(db: Knex, workspaceId: string, galleryIds: readonly string[]): Promise<void> {
  const unique = [...new Set(galleryIds)];
  if (unique.length === 0) return;
  const found = await db('galleries').count({ n: '*' }).where({ workspace_id: workspaceId }).whereIn('id', unique).first();
  if (Number(found?.n) !== unique.length) throw badRequest('GALLERIES_NOT_FOUND');
}

async function insertGalleries(ctx: Context, db: Knex, workspaceId: string, accessId: string, galleryIds: readonly string[]) {
  const unique = [...new Set(galleryIds)];
  if (unique.length === 0) return;
  await requireGalleries(db, workspaceId, unique);
  const now = ctx.clock.now();
  await db('access_galleries')
    .insert(unique.map((gallery_id) => ({ workspace_id: workspaceId, access_id: accessId, gallery_id, added_at: now })))
    .onConflict(['workspace_id', 'access_id', 'gallery_id'])
    .ignore();
}

function codeTaken(error: unknown): boolean {
  return isUniqueViolation(error, 'client_accesses_workspace_id_code_digest_unique');
}

export async function createAccess(ctx: Context, workspace: WorkspaceRef, input: CreateInput): Promise<AccessWithCode> {
  const code = input.code ?? generateAccessCode();
  const id = randomUUID();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (trx) => {
      await trx('client_accesses').insert({
        workspace_id: workspace.id,
        id,
        name: input.name,
        code_digest: accessCodeDigest(ctx.secret, workspace.id, code),
        code_hint: accessCodeHint(code),
        email: input.email ?? null,
        note: input.note ?? null,
        scope: input.scope,
        expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
        created_at: now,
        updated_at: now,
      });
      await insertGalleries(ctx, trx, workspace.id, id, input.galleryIds ?? []);
    });
  } catch (error) {
    if (codeTaken(error)) throw conflict('CODE_TAKEN');
    throw error;
  }
  return { access: await getAccess(ctx, workspace.id, id), code };
}

export function listAccesses(ctx: Context, workspace: WorkspaceRef): Promise<Access[]> {
  return selectAccesses(ctx.db, workspace.id, ctx.clock.now());
}

/** An access and every gallery it opens, with the reason for each. */
export async function accessDetail(ctx: Context, workspace: WorkspaceRef, accessId: string): Promise<AccessDetail> {
  const access = await getAccess(ctx, workspace.id, accessId);
  const [tree, added] = [await loadTree(ctx.db, workspace.id), await addedGalleryIds(ctx.db, workspace.id, accessId)];
  const reach = computeReach(tree, added, access.scope);
  return {
    access,
    reach: [...reach].map(([galleryId, why]) => ({
      galleryId,
      title: tree.get(galleryId)!.title,
      path: pathOf(tree, galleryId),
      reason: why.reason,
      via: why.via ? { galleryId: why.via, title: tree.get(why.via)!.title } : null,
    })),
  };
}

export async function updateAccess(ctx: Context, workspace: WorkspaceRef, input: UpdateAccessInput): Promise<Access> {
  await requireAccess(ctx.db, workspace.id, input.accessId);
  const changes: Record<string, unknown> = { updated_at: ctx.clock.now() };
  if (input.name !== undefined) changes.name = input.name;
  if (input.email !== undefined) changes.email = input.email;
  if (input.note !== undefined) changes.note = input.note;
  if (input.scope !== undefined) changes.scope = input.scope;
  if (input.expiresAt !== undefined) changes.expires_at = input.expiresAt ? new Date(input.expiresAt) : null;
  await ctx.db('client_accesses').where({ workspace_id: workspace.id, id: input.accessId }).update(changes);
  return getAccess(ctx, workspace.id, input.accessId);
}

export async function setDisabled(ctx: Context, workspace: WorkspaceRef, accessId: string, disabled: boolean): Promise<Access> {
  await requireAccess(ctx.db, workspace.id, accessId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    await trx('client_accesses')
      .where({ workspace_id: workspace.id, id: accessId })
      .update({ disabled_at: disabled ? now : null, updated_at: now });
    // A disabled access closes at once, not when its clients' sessions run out.
    if (disabled) await endSessionsOf(trx, workspace.id, accessId);
  });
  return getAccess(ctx, workspace.id, accessId);
}

/** A new code; the old one stops working and its sessions end. */
export async function rotateCode(ctx: Context, workspace: WorkspaceRef, accessId: string, chosen?: string): Promise<AccessWithCode> {
  await requireAccess(ctx.db, workspace.id, accessId);
  const code = chosen ?? generateAccessCode();
  try {
    await ctx.db.transaction(async (trx) => {
      await trx('client_accesses')
        .where({ workspace_id: workspace.id, id: accessId })
        .update({
          code_digest: accessCodeDigest(ctx.secret, workspace.id, code),
          code_hint: accessCodeHint(code),
          updated_at: ctx.clock.now(),
        });
      await endSessionsOf(trx, workspace.id, accessId);
    });
  } catch (error) {
    if (codeTaken(error)) throw conflict('CODE_TAKEN');
    throw error;
  }
  return { access: await getAccess(ctx, workspace.id, accessId), code };
}

export async function deleteAccess(ctx: Context, workspace: WorkspaceRef, accessId: string): Promise<void> {
  await requireAccess(ctx.db, workspace.id, accessId);
  await ctx.db.transaction(async (trx) => {
    await endSessionsOf(trx, workspace.id, accessId);
    await trx('client_accesses').where({ workspace_id: workspace.id, id: accessId }).delete();
  });
}

export async function addGalleries(ctx: Context, workspace: WorkspaceRef, accessId: string, galleryIds: string[]): Promise<AccessDetail> {
  await requireAccess(ctx.db, workspace.id, accessId);
  await ctx.db.transaction((trx) => insertGalleries(ctx, trx, workspace.id, accessId, galleryIds));
  return accessDetail(ctx, workspace, accessId);
}

export async function removeGalleries(ctx: Context, workspace: WorkspaceRef, accessId: string, galleryIds: string[]): Promise<AccessDetail> {
  await requireAccess(ctx.db, workspace.id, accessId);
  await requireGalleries(ctx.db, workspace.id, galleryIds);
  await ctx.db('access_galleries').where({ workspace_id: workspace.id, access_id: accessId }).whereIn('gallery_id', galleryIds).delete();
  return accessDetail(ctx, workspace, accessId);
}

/** The server keeps only a keyed hash, so the sender proves they hold the current code. */
async function requireCurrentCode(ctx: Context, workspace: WorkspaceRef, accessId: string, code: string) {
  const access = await requireAccess(ctx.db, workspace.id, accessId);
  // A member who may view accesses but not read codes must not learn one by trying.
  const current = await verifyGuess(ctx, { kind: 'access-code-check', target: access.id }, async () =>
    sameBytes(Buffer.from(access.code_digest), accessCodeDigest(ctx.secret, workspace.id, code)) ? access : null,
  );
  if (!current) throw badRequest('CODE_MISMATCH');
  return current;
}

export async function invitation(ctx: Context, workspace: WorkspaceRef, accessId: string, code: string): Promise<AccessInvitation> {
  const access = await requireCurrentCode(ctx, workspace, accessId, code);
  const entry = await ctx.db('workspaces').select('entry_url').where({ id: workspace.id }).first();
  return composeInvitation({ workspaceName: workspace.name, accessName: access.name, email: access.email, code, entryUrl: entry?.entry_url ?? null });
}

export async function sendByEmail(ctx: Context, workspace: WorkspaceRef, accessId: string, code: string): Promise<SendResult> {
  const access = await requireCurrentCode(ctx, workspace, accessId, code);
  if (!access.email) throw badRequest('NO_EMAIL');
  const message = await invitation(ctx, workspace, accessId, code);
  await ctx.mailer.send({ workspaceId: workspace.id, to: access.email, subject: message.subject, body: message.body });
  return { sentTo: access.email, transport: ctx.mailer.transport };
}

/**
 * A short client session for the owner to see the overview exactly as the client will,
 * without signing out. It neither counts as a use nor needs the code.
 */
export async function previewSession(ctx: Context, workspace: WorkspaceRef, accessId: string): Promise<ClientSession> {
  const access = await requireAccess(ctx.db, workspace.id, accessId);
  const { token, expiresAt } = await startSession(
    ctx.db,
    ctx.clock,
    { idleMs: 30 * 60_000, absoluteMs: 60 * 60_000 },
    { kind: 'access', workspaceId: workspace.id, subjectId: accessId, preview: true },
  );
  return { token, expiresAt: expiresAt.toISOString(), accessName: access.name };
}

export type { CreateAccessInput };
