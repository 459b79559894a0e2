import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence } from '../../internal/messages.js';

/** The sentence for a refusal of the roles' calls: the ones this element meets in its own words. */
export function roleRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow managing roles.');
    case 'ROLE_NAME_TAKEN':
      return msg('Another role in this workspace already has this name. Choose another one.');
    case 'ROLE_IN_USE':
      return msg('Someone was given this role meanwhile, so it stays. Give them another role first.');
    case 'ROLE_NOT_FOUND':
      return msg('This role does not exist any more: it was deleted meanwhile.');
    case 'UNKNOWN_PERMISSIONS':
      return msg('Some of these permissions are not in this workspace’s catalog any more. Choose the permissions again.');
    default:
      return errorSentence(info);
  }
}
