import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';

/**
 * The sentence to show for a refused call, in the page's language. Codes this element does
 * not expect fall back to the server's English sentence for them.
 */
export function refusalSentence(error: FoyerErrorInfo): string {
  switch (error.code) {
    case 'NOT_SIGNED_IN':
      return msg('Sign in as the studio’s owner to manage client accesses.');
    case 'SESSION_EXPIRED':
      return msg('Your session has ended. Sign in again to manage client accesses.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace, so you cannot manage its client accesses.');
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow this.');
    case 'WORKSPACE_NOT_FOUND':
      return msg('There is no workspace with this handle.');
    case 'ACCESS_NOT_FOUND':
      return msg('This client access no longer exists. It may have been deleted.');
    case 'CODE_TAKEN':
      return msg('Another client access in this workspace already uses this code. Choose another one.');
    case 'CODE_MISMATCH':
      return msg('This is no longer the access’s current code. Rotate the code to get a new one.');
    case 'NO_EMAIL':
      return msg('This access has no email address. Add one first.');
    case 'GALLERIES_NOT_FOUND':
      return msg('One of the chosen galleries no longer exists. Reload and choose again.');
    case 'GALLERY_NOT_FOUND':
      return msg('This gallery no longer exists.');
    case 'INVALID_INPUT':
      return msg('Some of the input is not valid. Check the marked fields.');
    case 'RATE_LIMITED':
      return msg('Too many requests. Wait a moment and try again.');
    case 'INTERNAL':
      return msg('Something went wrong on the server. Try again later.');
    case 'NETWORK':
      return msg('The server could not be reached. Check the connection and try again.');
    default:
      return error.message;
  }
}
