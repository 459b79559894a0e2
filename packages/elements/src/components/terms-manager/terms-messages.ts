import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { TermsOverview } from '@foyer/schema';
import { errorSentence } from '../../internal/messages.js';

/** The sentence for a refusal of the terms' calls: the ones this element meets in its own words. */
export function termsRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow managing the terms of service.');
    default:
      return errorSentence(info);
  }
}

/** "1 contact", "3 contacts", "no contact". */
export function contactCount(n: number): string {
  if (n === 0) return msg('no contact');
  return n === 1 ? msg('1 contact') : msg(str`${n} contacts`);
}

/** How many contacts accepted the current terms, out of all of them. */
export function acceptanceSentence(accepted: number, total: number): string {
  if (total === 0) return msg('The shop has no contacts yet.');
  return total === 1 ? msg(str`Accepted by ${accepted} of 1 contact.`) : msg(str`Accepted by ${accepted} of ${total} contacts.`);
}

/**
 * What publishing a new version does, said before it happens: every acceptance is reset, and
 * how many contacts will be asked to accept again.
 */
export function publishConsequence(overview: TermsOverview): string {
  const next = (overview.current?.version ?? 0) + 1;
  const { total, accepted } = overview.contacts;
  if (total === 0) return msg(str`The shop has no contacts yet: each contact you add accepts version ${next} when activating their account.`);
  const everyone = total === 1 ? msg('the one contact') : msg(str`all ${total} contacts`);
  const asked = msg(str`Every contact’s acceptance date will be reset, and ${everyone} will be asked to accept version ${next} before they can submit jobs.`);
  if (!overview.current || accepted === 0) return asked;
  const ends =
    accepted === 1
      ? msg(str`The acceptance of the 1 contact who accepted version ${overview.current.version} ends.`)
      : msg(str`The acceptances of the ${accepted} contacts who accepted version ${overview.current.version} end.`);
  return `${asked} ${ends}`;
}
