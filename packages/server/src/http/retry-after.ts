import { FoyerError } from '../errors.js';

/**
 * The Retry-After of an answer: the longest wait any of its refusals asks for (a batch may
 * hold several), or null when none asks for one.
 */
export function retryAfterSeconds(errors: readonly unknown[]): number | null {
  let wait: number | null = null;
  for (const error of errors) {
    const seconds = error instanceof FoyerError ? error.details?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number' && Number.isFinite(seconds)) wait = Math.max(wait ?? 0, Math.ceil(seconds));
  }
  return wait;
}
