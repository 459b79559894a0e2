import type { LanguageSet, SetLanguageInput } from '@foyer/schema';
import type { z } from 'zod';
import type { SignedInContext } from '../../callers/contexts.js';
import { identityLanguage } from '../../localization/mail-language.js';

/** The language mail to this person is written in; null: none chosen, the page's is taken. */
export async function ownLanguage(ctx: SignedInContext): Promise<LanguageSet> {
  return { language: await identityLanguage(ctx.db, { identityId: ctx.identityId }) };
}

/**
 * Chooses the language of the person's mail, whichever workspace sends it; null forgets the
 * choice, and the next page they sign up, accept or activate on sets it again.
 */
export async function setOwnLanguage(ctx: SignedInContext, input: z.output<typeof SetLanguageInput>): Promise<LanguageSet> {
  await ctx.db('identities').where({ id: ctx.identityId }).update({ language: input.language });
  // A preference, not a credential: no workspace's activity log needs to show it.
  ctx.audit.unrecorded();
  return { language: input.language };
}
