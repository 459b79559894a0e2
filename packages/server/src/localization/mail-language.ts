import { languageOf, type Language } from '@foyer/schema';
import type { Knex } from 'knex';
import type { Context } from '../context.js';

type Db = Knex | Knex.Transaction;

/** Whom a mail goes to, as far as the sender knows them. */
export interface MailRecipient {
  /** The person's identity, when the sender has it. */
  identityId?: string | null;
  /** Their address: an identity with it is the person, whatever the sender knows else. */
  email?: string | null;
  /** A language stored for them elsewhere (a contact's), taken before their identity's. */
  stored?: string | null;
  /** The workspace the mail speaks for; its language is the guess when nothing is stored. */
  workspaceId?: string | null;
  /**
   * The caller is the recipient (a sign-up, an own password reset): the language they asked
   * for now is theirs, ahead of the workspace's.
   */
  self?: boolean;
}

/** The language stored for an identity, by id or by address (any case). */
export async function identityLanguage(db: Db, who: { identityId?: string | null; email?: string | null }): Promise<Language | null> {
  if (!who.identityId && !who.email) return null;
  const query = db('identities').select('language');
  const row = who.identityId ? await query.where({ id: who.identityId }).first() : await query.whereRaw('lower(email) = lower(?)', [who.email ?? '']).first();
  return languageOf(row?.language);
}

export async function workspaceLanguage(db: Db, workspaceId: string | null | undefined): Promise<Language | null> {
  if (!workspaceId) return null;
  const row = await db('workspaces').select('language').where({ id: workspaceId }).first();
  return languageOf(row?.language);
}

/**
 * The language a mail to this recipient is written in: the one stored for them; else the
 * caller's, when the caller is the recipient; else the workspace's; else the caller's — a
 * person writing to someone nothing is known of (an invitation to a new address) most likely
 * shares their language; else English.
 */
export async function mailLanguage(ctx: Pick<Context, 'db' | 'language'>, recipient: MailRecipient, db: Db = ctx.db): Promise<Language> {
  const stored = languageOf(recipient.stored) ?? (await identityLanguage(db, recipient));
  if (stored) return stored;
  if (recipient.self && ctx.language) return ctx.language;
  return (await workspaceLanguage(db, recipient.workspaceId)) ?? ctx.language ?? 'en';
}

/**
 * Keeps the caller's language for a person who has none stored yet, when they become someone
 * Foyer writes to (they sign up, accept an invitation, activate): a language they chose stays.
 */
export async function keepLanguage(db: Db, table: 'identities' | 'contacts', where: Record<string, string>, language: Language | null | undefined): Promise<void> {
  if (!language) return;
  await db(table).where(where).whereNull('language').update({ language });
}
