import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import { errorSentence } from '../../internal/messages.js';

/** The sentence for a refusal of a change to a gallery. */
export function galleryRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'HAS_SUBGALLERIES':
      return msg('This gallery still has sub-galleries. Move or delete them first.');
    case 'MOVE_INTO_OWN_SUBTREE':
      return msg('A gallery cannot be moved into one of its own sub-galleries.');
    case 'GALLERY_NOT_FOUND':
      return msg('This gallery no longer exists. Reload the list.');
    default:
      return errorSentence(info);
  }
}

/** Why one file did not arrive, naming it. */
export function uploadRefusal(name: string, code: string, message: string): string {
  switch (code) {
    case 'NOT_A_PICTURE':
      return msg(str`“${name}” is not a picture, so it was not added.`);
    case 'UPLOAD_TOO_LARGE':
      return msg(str`“${name}” is larger than the upload limit, so it was not added.`);
    case 'UPLOAD_TOO_SLOW':
      return msg(str`“${name}” arrived too slowly and was stopped. Check the connection and try again.`);
    case 'NETWORK':
      return msg(str`“${name}” could not be sent: the server was not reached.`);
    default:
      return message ? msg(str`“${name}” was not added: ${message}`) : msg(str`“${name}” was not added.`);
  }
}
