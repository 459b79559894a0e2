import type { Ok, TermsDocument } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Context } from '../../context.js';
import { conflict, forbidden } from '../../errors.js';
import type { WorkspaceRef } from '../../security/principals.js';

const iso = (value: Date | string) => new Date(value).toISOString();

/** The workspace's current terms: the highest version, or null while none was published. */
export async function currentTerms(db: Knex | Knex.Transaction, workspaceId: string): Promise<TermsDocument | null> {
  const row = await db('terms_versions').select('version', 'title', 'text', 'published_at').where({ workspace_id: workspaceId }).orderBy('version', 'desc').first();
  return row ? { version: row.version, title: row.title, text: row.text, publishedAt: iso(row.published_at) } : null;
}

/**
 * Publishes a new version of the terms. In the same transaction every contact's acceptance
 * date is cleared: each accepts the new terms when they next sign in.
 */
export async function publishTerms(ctx: Context, workspace: WorkspaceRef, publishedBy: string, input: { title: string; text: string }): Promise<TermsDocument> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (trx) => {
    // Serialises concurrent uploads of one workspace, so versions never collide.
    await trx('workspaces').where({ id: workspace.id }).forUpdate().first('id');
    const latest = await trx('terms_versions').where({ workspace_id: workspace.id }).max({ v: 'version' }).first();
    const version = Number(latest?.v ?? 0) + 1;
    await trx('terms_versions').insert({ workspace_id: workspace.id, version, title: input.title, text: input.text, published_by: publishedBy, published_at: now });
    await trx('contacts').where({ workspace_id: workspace.id }).whereNotNull('terms_accepted_at').update({ terms_accepted_at: null });
    return { version, title: input.title, text: input.text, publishedAt: now.toISOString() };
  });
}

/** A signed-in contact accepts the current terms; an older version is refused, so nobody accepts what they did not read. */
export async function acceptTerms(ctx: Context, workspace: WorkspaceRef, identityId: string, version: number): Promise<Ok> {
  const contact = await ctx.db('contacts').select('id').where({ workspace_id: workspace.id, identity_id: identityId }).first();
  if (!contact) throw forbidden('NOT_A_CONTACT');
  const current = await currentTerms(ctx.db, workspace.id);
  if (!current || current.version !== version) throw conflict('TERMS_NOT_CURRENT');
  await ctx.db('contacts').where({ workspace_id: workspace.id, id: contact.id }).update({ terms_accepted_at: ctx.clock.now(), updated_at: ctx.clock.now() });
  return { ok: true };
}
