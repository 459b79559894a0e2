import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type {
  Access,
  AccessDetail,
  AccessGalleriesInput,
  AccessInvitation,
  AddAccessGalleriesInput,
  AddedGalleries,
  AccessRef,
  AccessWithCode,
  ClientSession,
  CreateAccessInput,
  Ok,
  RotateCodeInput,
  SendAccessInput,
  SendResult,
  SetAccessDisabledInput,
  UpdateAccessInput,
} from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../errors.js';
import { verifyGuess } from '../../security/guessing/verifier.js';
import { accessCodeDigest, accessCodeHint, generateAccessCode, sealAccessCode, unsealAccessCode } from '../../security/access-codes.js';
import { endSessionsOf, startSession } from '../../security/sessions.js';
import { sameBytes } from '../../security/tokens.js';
import { computeReach, pathOf } from '../galleries/navigation.js';
import { loadTree } from '../galleries/queries.js';
import { tellOfNewGalleries } from './client-mail.js';
import { composeInvitation } from './invitation.js';
import { mailLanguage } from '../../localization/mail-language.js';
import {
  addedGalleryIds,
  countGalleries,
  deleteAccessGalleries,
  deleteAccessRow,
  entryUrlOf,
  findAccessSecret,
  findAccessStanding,
  insertAccess,
  insertAccessGalleries,
  selectAccesses,
  updateAccessRow,
} from './queries.js';

type AccessRefInput = z.output<typeof AccessRef>;

async function getAccess(ctx: MemberContext, accessId: string, db: Knex = ctx.db): Promise<Access> {
  const [access] = await selectAccesses(db, ctx.workspace.id, ctx.clock.now(), accessId);
  if (!access) throw notFound('ACCESS_NOT_FOUND');
  return access;
}

async function requireAccess(ctx: MemberContext, accessId: string) {
  const row = await findAccessSecret(ctx.db, ctx.workspace.id, accessId);
  if (!row) throw notFound('ACCESS_NOT_FOUND');
  return row;
}

/** Every gallery named is the workspace's; `db` is the transaction when there is one. */
async function requireGalleries(ctx: MemberContext, db: Knex, galleryIds: readonly string[]): Promise<void> {
  const unique = [...new Set(galleryIds)];
  if (unique.length === 0) return;
  if ((await countGalleries(db, ctx.workspace.id, unique)) !== unique.length) throw badRequest('GALLERIES_NOT_FOUND');
}

async function addToAccess(ctx: MemberContext, db: Knex, accessId: string, galleryIds: readonly string[]) {
  const unique = [...new Set(galleryIds)];
  if (unique.length === 0) return;
  await requireGalleries(ctx, db, unique);
  await insertAccessGalleries(db, ctx.workspace.id, accessId, unique, ctx.clock.now());
}

function codeTaken(error: unknown): boolean {
  return isUniqueViolation(error, 'client_accesses_workspace_id_code_digest_unique');
}

export async function createAccess(ctx: MemberContext, input: z.output<typeof CreateAccessInput>): Promise<AccessWithCode> {
  const workspaceId = ctx.workspace.id;
  const code = input.code ?? generateAccessCode();
  const id = randomUUID();
  const now = ctx.clock.now();
  try {
    await ctx.db.transaction(async (trx) => {
      await insertAccess(trx, {
        workspace_id: workspaceId,
        id,
        name: input.name,
        code_digest: accessCodeDigest(ctx.secret, workspaceId, code),
        code_hint: accessCodeHint(code),
        code_sealed: sealAccessCode(ctx.secret, workspaceId, id, code),
        email: input.email ?? null,
        note: input.note ?? null,
        scope: input.scope,
        downloads: input.downloads,
        gallery_mail: input.galleryMail,
        expiry_reminder_days: input.expiryReminderDays,
        expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
        created_at: now,
        updated_at: now,
      });
      await addToAccess(ctx, trx, id, input.galleryIds ?? []);
    });
  } catch (error) {
    if (codeTaken(error)) throw conflict('CODE_TAKEN');
    throw error;
  }
  return { access: await getAccess(ctx, id), code };
}

export function listAccesses(ctx: MemberContext): Promise<Access[]> {
  return selectAccesses(ctx.db, ctx.workspace.id, ctx.clock.now());
}

/** An access and every gallery it opens, with the reason for each. */
export async function accessDetail(ctx: MemberContext, input: AccessRefInput): Promise<AccessDetail> {
  const access = await getAccess(ctx, input.accessId);
  const [tree, added] = [await loadTree(ctx.db, ctx.workspace.id), await addedGalleryIds(ctx.db, ctx.workspace.id, input.accessId)];
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

export async function updateAccess(ctx: MemberContext, input: z.output<typeof UpdateAccessInput>): Promise<Access> {
  await requireAccess(ctx, input.accessId);
  const changes: Record<string, unknown> = { updated_at: ctx.clock.now() };
  if (input.name !== undefined) changes.name = input.name;
  if (input.email !== undefined) changes.email = input.email;
  if (input.note !== undefined) changes.note = input.note;
  if (input.scope !== undefined) changes.scope = input.scope;
  if (input.downloads !== undefined) changes.downloads = input.downloads;
  if (input.galleryMail !== undefined) changes.gallery_mail = input.galleryMail;
  if (input.expiresAt !== undefined) changes.expires_at = input.expiresAt ? new Date(input.expiresAt) : null;
  if (input.expiryReminderDays !== undefined) changes.expiry_reminder_days = input.expiryReminderDays;
  // A new end, or a new lead, is reminded of afresh.
  if (input.expiresAt !== undefined || input.expiryReminderDays !== undefined) changes.expiry_reminded_at = null;
  await updateAccessRow(ctx.db, ctx.workspace.id, input.accessId, changes);
  return getAccess(ctx, input.accessId);
}

export async function setDisabled(ctx: MemberContext, input: z.output<typeof SetAccessDisabledInput>): Promise<Access> {
  const workspaceId = ctx.workspace.id;
  await requireAccess(ctx, input.accessId);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    await updateAccessRow(trx, workspaceId, input.accessId, { disabled_at: input.disabled ? now : null, updated_at: now });
    // A disabled access closes at once, not when its clients' sessions run out.
    if (input.disabled) await endSessionsOf(trx, workspaceId, input.accessId);
  });
  return getAccess(ctx, input.accessId);
}

/** A new code; the old one stops working and its sessions end. */
export async function rotateCode(ctx: MemberContext, input: z.output<typeof RotateCodeInput>): Promise<AccessWithCode> {
  const workspaceId = ctx.workspace.id;
  await requireAccess(ctx, input.accessId);
  const code = input.code ?? generateAccessCode();
  try {
    await ctx.db.transaction(async (trx) => {
      await updateAccessRow(trx, workspaceId, input.accessId, {
        code_digest: accessCodeDigest(ctx.secret, workspaceId, code),
        code_hint: accessCodeHint(code),
        code_sealed: sealAccessCode(ctx.secret, workspaceId, input.accessId, code),
        updated_at: ctx.clock.now(),
      });
      await endSessionsOf(trx, workspaceId, input.accessId);
    });
  } catch (error) {
    if (codeTaken(error)) throw conflict('CODE_TAKEN');
    throw error;
  }
  return { access: await getAccess(ctx, input.accessId), code };
}

/**
 * The access's code, opened from its seal, for the owner to hand out again. Refused for a code
 * set before codes were kept readable (only its digest exists: rotating gives a new one).
 */
export async function revealCode(ctx: MemberContext, input: AccessRefInput): Promise<AccessWithCode> {
  const row = await requireAccess(ctx, input.accessId);
  const code = row.code_sealed ? unsealAccessCode(ctx.secret, ctx.workspace.id, row.id, Buffer.from(row.code_sealed)) : null;
  if (code === null) throw conflict('CODE_NOT_KEPT');
  return { access: await getAccess(ctx, input.accessId), code };
}

export async function deleteAccess(ctx: MemberContext, input: AccessRefInput): Promise<Ok> {
  const workspaceId = ctx.workspace.id;
  await requireAccess(ctx, input.accessId);
  await ctx.db.transaction(async (trx) => {
    await endSessionsOf(trx, workspaceId, input.accessId);
    await deleteAccessRow(trx, workspaceId, input.accessId);
  });
  return { ok: true };
}

/** Adds galleries by hand; the client is told by mail of the new ones where the access's setting (or the owner, asked) says so. */
export async function addGalleries(ctx: MemberContext, input: z.output<typeof AddAccessGalleriesInput>): Promise<AddedGalleries> {
  const access = await findAccessStanding(ctx.db, ctx.workspace.id, input.accessId);
  if (!access) throw notFound('ACCESS_NOT_FOUND');
  const before = new Set(await addedGalleryIds(ctx.db, ctx.workspace.id, input.accessId));
  await ctx.db.transaction((trx) => addToAccess(ctx, trx, input.accessId, input.galleryIds));
  const added = [...new Set(input.galleryIds)].filter((id) => !before.has(id));
  const told = await tellOfNewGalleries(ctx, access, added, input.notify);
  return { ...(await accessDetail(ctx, input)), told };
}

export async function removeGalleries(ctx: MemberContext, input: z.output<typeof AccessGalleriesInput>): Promise<AccessDetail> {
  await requireAccess(ctx, input.accessId);
  await requireGalleries(ctx, ctx.db, input.galleryIds);
  await deleteAccessGalleries(ctx.db, ctx.workspace.id, input.accessId, input.galleryIds);
  return accessDetail(ctx, input);
}

/** Sending names the code shown; it must still be the access's code, checked against the digest. */
async function requireCurrentCode(ctx: MemberContext, accessId: string, code: string) {
  const access = await requireAccess(ctx, accessId);
  // A member who may view accesses but not read codes must not learn one by trying.
  const current = await verifyGuess(ctx, { kind: 'access-code-check', target: access.id }, async () =>
    sameBytes(Buffer.from(access.code_digest), accessCodeDigest(ctx.secret, ctx.workspace.id, code)) ? access : null,
  );
  if (!current) throw badRequest('CODE_MISMATCH');
  return current;
}

export async function invitation(ctx: MemberContext, input: z.output<typeof SendAccessInput>): Promise<AccessInvitation> {
  const access = await requireCurrentCode(ctx, input.accessId, input.code);
  const entryUrl = await entryUrlOf(ctx.db, ctx.workspace.id);
  // A client access is no person Foyer keeps a language for: the workspace's, else the sender's.
  const language = await mailLanguage(ctx, { workspaceId: ctx.workspace.id });
  return composeInvitation({ workspaceName: ctx.workspace.name, accessName: access.name, email: access.email, code: input.code, entryUrl, language });
}

export async function sendByEmail(ctx: MemberContext, input: z.output<typeof SendAccessInput>): Promise<SendResult> {
  const access = await requireCurrentCode(ctx, input.accessId, input.code);
  if (!access.email) throw badRequest('NO_EMAIL');
  const message = await invitation(ctx, input);
  await ctx.mailer.send({ workspaceId: ctx.workspace.id, to: access.email, subject: message.subject, body: message.body });
  return { sentTo: access.email, transport: ctx.mailer.transport };
}

/**
 * A short client session for the owner to see the overview exactly as the client will,
 * without signing out. It neither counts as a use nor needs the code.
 */
export async function previewSession(ctx: MemberContext, input: AccessRefInput): Promise<ClientSession> {
  const access = await requireAccess(ctx, input.accessId);
  const { token, expiresAt } = await startSession(
    ctx.db,
    ctx.clock,
    { idleMs: 30 * 60_000, absoluteMs: 60 * 60_000 },
    { kind: 'access', workspaceId: ctx.workspace.id, subjectId: input.accessId, preview: true },
  );
  return { token, expiresAt: expiresAt.toISOString(), accessName: access.name };
}
