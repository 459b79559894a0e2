import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { teamRefusal } from './team-messages.js';

/** The sentence for a refusal of a dialog's command: the ones only a dialog meets, then the team's. */
export function dialogRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'NO_API_KEY':
      return msg('This API user has no key any more.');
    case 'NOT_AN_AGENCY_ACCOUNT':
      return msg('There is no agency account with this email. The agency registers one first, with an email it uses for nothing else.');
    case 'ALREADY_IN_WORKSPACE':
      return msg('This account already has access to this workspace. Change its role instead.');
    case 'AGENCY_GRANT_NOT_FOUND':
      return msg('This agency has no access to this workspace any more.');
    case 'AGENCY_ROLE_API_ONLY':
      return msg('An agency works signed in and never holds an API key, so a role with API access alone would give it nothing. Choose a role with permissions it can use.');
    default:
      return teamRefusal(info);
  }
}
