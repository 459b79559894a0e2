import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';

/**
 * The localized sentence for a refusal the elements meet. Codes an element does not know
 * fall back to the server's English sentence.
 */
export function errorSentence(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'INVALID_CODE':
      return msg('This access code is not valid. Check it, or ask for a new one.');
    case 'CODE_THROTTLED':
    case 'SIGN_IN_THROTTLED':
    case 'RATE_LIMITED':
      return msg('Too many attempts. Wait a few minutes and try again.');
    case 'WRONG_CREDENTIALS':
      return msg('The email or password is not correct.');
    case 'WRONG_GALLERY_PASSWORD':
      return msg('The password is not correct.');
    case 'GALLERY_PASSWORD_REQUIRED':
      return msg('This gallery is protected by a password.');
    case 'GALLERY_NOT_FOUND':
      return msg('This gallery does not exist or is no longer shared.');
    case 'NOT_IN_ACCESS':
      return msg('This gallery is not part of your access.');
    case 'WORKSPACE_NOT_FOUND':
      return msg('This page is not connected to an existing studio.');
    case 'WRONG_SECOND_FACTOR_CODE':
      return msg('This code is not correct, or it has been used already. Wait for the next code and try again.');
    case 'SECOND_FACTOR_THROTTLED':
      return msg('Too many wrong codes. Wait a few minutes and try again.');
    case 'CHALLENGE_EXPIRED':
      return msg('This sign-in has expired. Sign in again with your email and password.');
    case 'NOT_SIGNED_IN':
    case 'SESSION_EXPIRED':
      return msg('Your session has ended. Sign in again.');
    case 'NETWORK':
      return msg('The server could not be reached. Check your connection and try again.');
    case 'INTERNAL':
      return msg('Something went wrong on the server. Try again later.');
    default:
      return info.message;
  }
}

/** Whether a refusal means the session the call carried is gone (ended, expired, or never was). */
export function sessionEnded(info: FoyerErrorInfo): boolean {
  return info.code === 'NOT_SIGNED_IN' || info.code === 'SESSION_EXPIRED';
}
