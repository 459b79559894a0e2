import {
  accessErrors,
  agencyErrors,
  contactErrors,
  galleryErrors,
  identityErrors,
  marketplaceErrors,
  secondFactorErrors,
  teamErrors,
  ticketErrors,
  transactionErrors,
  reportErrors,
  workspaceErrors,
} from './error-codes.js';

/**
 * Every error code the server answers with, and its English sentence. The server sends the
 * code; elements show their own localized sentence for it and fall back to this one.
 */
export const errorMessages = {
  ...identityErrors,
  ...workspaceErrors,
  ...galleryErrors,
  ...accessErrors,
  ...contactErrors,
  ...secondFactorErrors,
  ...agencyErrors,
  ...teamErrors,
  ...marketplaceErrors,
  ...ticketErrors,
  ...transactionErrors,
  ...reportErrors,
  INVALID_INPUT: 'Some of the input is not valid.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  INTERNAL: 'Something went wrong on the server. Try again later.',
  SERVICE_UNAVAILABLE: 'The server cannot reach its database. Try again in a moment.',
} as const;

export type ErrorCode = keyof typeof errorMessages;
