import type { ErrorCode } from '@foyer/schema';
import { FoyerCallError } from './batch-client.js';

export interface FoyerErrorInfo {
  /** The server's code for the refusal, e.g. `INVALID_CODE`; `NETWORK` when it could not be reached. */
  code: ErrorCode | 'NETWORK';
  /** The server's sentence, in the language the client asked for (English by default), naming the field where input was refused. */
  message: string;
  /** For refused input: each field's first problem. */
  fieldErrors: Record<string, string>;
  details: Record<string, unknown> | undefined;
}

/** What went wrong with a call, in a shape an element can show. */
export function describeError(error: unknown): FoyerErrorInfo {
  if (error instanceof FoyerCallError) {
    const data = (error.data ?? {}) as {
      appCode?: ErrorCode;
      fieldErrors?: Record<string, string[] | undefined>;
      details?: Record<string, unknown>;
    };
    const fieldErrors: Record<string, string> = {};
    for (const [field, messages] of Object.entries(data.fieldErrors ?? {})) {
      if (messages?.[0]) fieldErrors[field] = messages[0];
    }
    if (!data.appCode && !error.data) {
      return { code: 'NETWORK', message: 'The server could not be reached.', fieldErrors, details: undefined };
    }
    const code = data.appCode ?? 'INTERNAL';
    // The server always sends its sentence; the code stands in only for an empty one, so the
    // browser never carries the table of every sentence.
    return { code, message: error.message || code, fieldErrors, details: data.details };
  }
  return { code: 'NETWORK', message: 'The server could not be reached.', fieldErrors: {}, details: undefined };
}
