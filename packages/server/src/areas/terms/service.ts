import { termsVersionsListed, type AcceptTermsInput, type Ok, type TermsDocument, type TermsOverview, type UploadTermsInput } from '@foyer/schema';
import type { z } from 'zod';
import type { MemberContext } from '../../callers/contexts.js';
import { conflict, forbidden } from '../../errors.js';
import {
  clearAcceptances,
  contactIdOf,
  contactTermsCounts,
  currentTermsOf,
  insertTermsVersion,
  latestVersion,
  lockWorkspace,
  markTermsAccepted,
  recordAcceptance,
  selectTermsVersions,
} from './queries.js';

/** The workspace's current terms, or null while none was published. */
export async function currentTerms(ctx: MemberContext): Promise<TermsDocument | null> {
  return currentTermsOf(ctx.db, ctx.workspace.id);
}

/**
 * The terms' page: the current terms, the versions (newest first) with how many contacts
 * accepted each, and how many contacts a new version would reset.
 */
export async function termsOverview(ctx: MemberContext): Promise<TermsOverview> {
  const [current, rows, contacts] = await Promise.all([
    currentTermsOf(ctx.db, ctx.workspace.id),
    selectTermsVersions(ctx.db, ctx.workspace.id, termsVersionsListed),
    contactTermsCounts(ctx.db, ctx.workspace.id),
  ]);
  const versions = rows.map((row) => ({
    version: row.version,
    title: row.title,
    publishedAt: new Date(row.published_at).toISOString(),
    publishedBy: row.published_by_name ?? row.published_by_email,
    acceptedBy: Number(row.accepted),
  }));
  return { current, versions, contacts };
}

/**
 * Publishes a new version of the terms. In the same transaction every contact's acceptance
 * date is cleared: each accepts the new terms when they next sign in.
 */
export async function publishTerms(ctx: MemberContext, input: z.output<typeof UploadTermsInput>): Promise<TermsDocument> {
  const now = ctx.clock.now();
  const workspaceId = ctx.workspace.id;
  return ctx.db.transaction(async (trx) => {
    // Serialises concurrent uploads of one workspace, so versions never collide.
    await lockWorkspace(trx, workspaceId);
    const version = (await latestVersion(trx, workspaceId)) + 1;
    await insertTermsVersion(trx, { workspace_id: workspaceId, version, title: input.title, text: input.text, published_by: ctx.identityId, published_at: now });
    await clearAcceptances(trx, workspaceId);
    return { version, title: input.title, text: input.text, publishedAt: now.toISOString() };
  });
}

/** A signed-in contact accepts the current terms; an older version is refused, so nobody accepts what they did not read. */
export async function acceptTerms(ctx: MemberContext, input: z.output<typeof AcceptTermsInput>): Promise<Ok> {
  const contactId = await contactIdOf(ctx.db, ctx.workspace.id, ctx.identityId);
  if (!contactId) throw forbidden('NOT_A_CONTACT');
  const current = await currentTermsOf(ctx.db, ctx.workspace.id);
  if (!current || current.version !== input.version) throw conflict('TERMS_NOT_CURRENT');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    await markTermsAccepted(trx, ctx.workspace.id, contactId, now);
    await recordAcceptance(trx, { workspace_id: ctx.workspace.id, version: current.version, contact_id: contactId, accepted_at: now });
  });
  return { ok: true };
}
