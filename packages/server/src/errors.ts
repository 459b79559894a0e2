import { TRPCError } from '@trpc/server';
import { errorMessageIn, errorMessages, type ErrorCode, type Language } from '@foyer/schema';

type TrpcCode = TRPCError['code'];

/**
 * A refusal with a code the elements can localize. Its `message` is the English sentence (for
 * logs and in-process callers); the answer carries `sentenceIn` the caller's language.
 */
export class FoyerError extends TRPCError {
  readonly appCode: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  #tail: ((language: Language) => string) | undefined;
  constructor(trpcCode: TrpcCode, appCode: ErrorCode, details?: Record<string, unknown>) {
    super({ code: trpcCode, message: errorMessages[appCode] });
    this.appCode = appCode;
    this.details = details;
  }

  /**
   * Ends the sentence with what it is about (the names refused, the jobs in the way), written
   * for each language: `tail` gets the language and returns the words after the sentence.
   */
  naming(tail: (language: Language) => string): this {
    this.#tail = tail;
    this.message = this.sentenceIn('en');
    return this;
  }

  /** The refusal's sentence in one language, with what it names. */
  sentenceIn(language: Language): string {
    return `${errorMessageIn(language, this.appCode)}${this.#tail?.(language) ?? ''}`;
  }
}

export const notFound = (code: ErrorCode, details?: Record<string, unknown>) => new FoyerError('NOT_FOUND', code, details);
export const badRequest = (code: ErrorCode, details?: Record<string, unknown>) => new FoyerError('BAD_REQUEST', code, details);
export const conflict = (code: ErrorCode, details?: Record<string, unknown>) => new FoyerError('CONFLICT', code, details);
export const forbidden = (code: ErrorCode) => new FoyerError('FORBIDDEN', code);
export const unauthorized = (code: ErrorCode) => new FoyerError('UNAUTHORIZED', code);
/** A refused guess or request; `retryAfterSeconds` becomes the answer's Retry-After header. */
export const tooManyRequests = (code: ErrorCode, details?: { retryAfterSeconds: number }) => new FoyerError('TOO_MANY_REQUESTS', code, details);

/** PostgreSQL's unique-violation, on either back-end. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null;
  if (e?.code !== '23505') return false;
  return !constraint || e.constraint === constraint || (e.message ?? '').includes(constraint);
}
