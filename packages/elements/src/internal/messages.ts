import { msg, str } from '@lit/localize';
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
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow this.');
    case 'MEMBERSHIP_DISABLED':
      return msg('Your access to this workspace has been disabled. Ask its owner to enable it again.');
    case 'EMAIL_TAKEN':
      return msg('An account with this email already exists. Sign in instead.');
    case 'ALREADY_MEMBER':
      return msg('This person is already a member of this workspace.');
    case 'MEMBER_NOT_FOUND':
      return msg('This person is not a member of this workspace.');
    // The server names the permissions by their keys; the element that offered them shows their labels.
    case 'BEYOND_OWN_PERMISSIONS':
      return msg('You can only grant permissions and accounts you hold yourself.');
    case 'MEMBER_OUTRANKS_YOU':
      return msg('This member holds permissions you do not hold, so you cannot change or remove them.');
    case 'NOT_YOURSELF':
      return msg('You cannot change or remove your own membership. Ask the owner or another manager.');
    case 'OWNER_UNTOUCHABLE':
      return msg('The owner’s membership cannot be changed or removed.');
    case 'API_USER_NO_PASSWORD':
      return msg('API users have no password: they work with their API key only.');
    case 'RESET_BELONGS_ELSEWHERE':
      return msg('This person’s login is used outside this workspace too, so only they can reset its password. End their sessions here and ask them to reset it themselves.');
    case 'API_READ_REQUIRED':
      return msg('This API key may not read through the API: its user needs the API read permission.');
    case 'API_WRITE_REQUIRED':
      return msg('This API key may not make changes through the API: its user needs the API read/write permission.');
    case 'OWNER_ONLY':
      return msg('Only the owner of this workspace can do this.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    case 'PASSWORD_POLICY':
      return msg('The password does not meet every password rule. Check the rules listed with the field.');
    case 'NOT_A_SELLER_ACCOUNT':
      return msg('This workspace is not a seller account.');
    case 'NOT_A_MASTER_ACCOUNT':
      return msg('This workspace is not a master account.');
    case 'SELLER_SIGN_IN_WRONG':
      return msg('The nickname or the password is not correct.');
    case 'SELLER_SECOND_FACTOR_REQUIRED':
      return msg('This account’s owner has a second factor: enter the code from the authenticator app as well.');
    case 'ACCOUNT_ALREADY_LINKED':
      return msg('This account is already linked to a master account. Remove it there first.');
    case 'ACCOUNT_LINKED_HERE':
      return msg('This account is already linked to this master account.');
    case 'MASTER_LINK_INVALID':
      return msg('This confirmation link is not valid or has already been used. Start again: a new link will be sent.');
    case 'MASTER_LINK_EXPIRED':
      return msg('This confirmation link has expired. Start again: a new link will be sent.');
    case 'ACCOUNT_NOT_LINKED':
      return msg('This account is not linked to this master account.');
    case 'ACCOUNTS_NOT_LINKED': {
      const accounts = namesIn(info.details?.accounts);
      return accounts ? msg(str`These accounts are not linked to this master account: ${accounts}.`) : msg('Some of these accounts are not linked to this master account.');
    }
    case 'PRODUCT_NOT_FOUND':
      return msg('This account has no product with this code. Save the product first.');
    case 'RECEIPT_TAKEN':
      return msg('This account already has a sale with this receipt number.');
    case 'RECEIPT_NOT_FOUND':
      return msg('This account has no sale with this receipt number.');
    case 'NOT_RECURRING':
      return msg('Only a recurring product is rebilled or cancelled.');
    case 'SALE_PRODUCT_DIFFERS':
      return msg('A refund, chargeback, rebill or cancellation is of the product of its sale.');
    case 'CURRENCY_DIFFERS':
      return msg('A refund, chargeback or rebill is in the currency of its sale.');
    case 'NETWORK':
      return msg('The server could not be reached. Check your connection and try again.');
    case 'INTERNAL':
      return msg('Something went wrong on the server. Try again later.');
    default:
      return info.message;
  }
}

/** The names a refusal's details list (`details.accounts`), joined for a sentence; empty when there are none. */
function namesIn(value: unknown): string {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(', ') : '';
}

/** The refusals that mean "too many attempts": the server says in `details.retryAfterSeconds` how long to wait. */
const throttles = new Set(['SIGN_IN_THROTTLED', 'CODE_THROTTLED', 'SECOND_FACTOR_THROTTLED', 'RATE_LIMITED']);

/**
 * The sentence for a refusal, naming the wait where the server throttled the attempt and said
 * for how long ("Too many attempts. Try again in 2 minutes."); any other refusal as
 * `errorSentence` says it.
 */
export function errorSentenceWithWait(info: FoyerErrorInfo): string {
  const seconds = info.details?.retryAfterSeconds;
  if (!throttles.has(info.code) || typeof seconds !== 'number' || !(seconds > 0)) return errorSentence(info);
  const codes = info.code === 'SECOND_FACTOR_THROTTLED';
  const s = Math.ceil(seconds);
  if (s < 60) {
    if (s === 1) return codes ? msg('Too many wrong codes. Try again in 1 second.') : msg('Too many attempts. Try again in 1 second.');
    return codes ? msg(str`Too many wrong codes. Try again in ${s} seconds.`) : msg(str`Too many attempts. Try again in ${s} seconds.`);
  }
  const minutes = Math.ceil(s / 60);
  if (minutes === 1) return codes ? msg('Too many wrong codes. Try again in 1 minute.') : msg('Too many attempts. Try again in 1 minute.');
  if (minutes < 120) return codes ? msg(str`Too many wrong codes. Try again in ${minutes} minutes.`) : msg(str`Too many attempts. Try again in ${minutes} minutes.`);
  const hours = Math.ceil(minutes / 60);
  return codes ? msg(str`Too many wrong codes. Try again in ${hours} hours.`) : msg(str`Too many attempts. Try again in ${hours} hours.`);
}

/** Whether a refusal means the session the call carried is gone (ended, expired, or never was). */
export function sessionEnded(info: FoyerErrorInfo): boolean {
  return info.code === 'NOT_SIGNED_IN' || info.code === 'SESSION_EXPIRED';
}
