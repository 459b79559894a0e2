import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';

/**
 * The sentence to show for a refused call, in the page's language. A refusal this element
 * does not word itself (most of the contacts rules) shows the server's own sentence, which
 * names what to do.
 */
export function refusalSentence(error: FoyerErrorInfo): string {
  switch (error.code) {
    case 'NOT_SIGNED_IN':
      return msg('Sign in as a member of the shop to see its contacts.');
    case 'SESSION_EXPIRED':
      return msg('Your session has ended. Sign in again to see the contacts.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace, so you cannot see its contacts.');
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow this.');
    case 'WORKSPACE_NOT_FOUND':
      return msg('There is no workspace with this handle.');
    case 'RATE_LIMITED':
      return msg('Too many requests. Wait a moment and try again.');
    case 'INTERNAL':
      return msg('Something went wrong on the server. Try again later.');
    case 'NETWORK':
      return msg('The server could not be reached. Check the connection and try again.');
    default:
      // The server's own sentence: it may carry specifics (which jobs, which status).
      return error.message;
  }
}
