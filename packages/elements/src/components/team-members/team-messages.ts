import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence } from '../../internal/messages.js';

/**
 * The sentence for a refusal of the team's calls: the ones this element meets in its own
 * words, every other as the shared sentences say it. Those only a dialog's command meets are
 * the dialogs' (dialog-messages.ts), fetched with them.
 */
export function teamRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow this.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    case 'INVITATION_PENDING':
      return msg('An invitation to this email is already open. Resend it instead.');
    case 'INVITATION_USED':
      return msg('This invitation has been accepted meanwhile: the person is on the team now.');
    case 'INVITATION_REVOKED':
      return msg('This invitation was cancelled meanwhile.');
    case 'AGENCY_ACCOUNT_ONLY_FOR_GRANTS':
      return msg('This email belongs to an agency account, which is given access as an agency, never invited as a member.');
    case 'AGENCY_FEATURE_OFF':
      return msg('Agency access is not part of this workspace’s plan.');
    case 'ROLE_NOT_FOUND':
    case 'TEMPLATE_ROLE_NOT_FOUND':
      return msg('This role does not exist in this workspace any more. Choose another one.');
    default:
      return errorSentence(info);
  }
}
