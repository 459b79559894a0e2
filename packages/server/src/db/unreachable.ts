import { FoyerError } from '../errors.js';

/** How long a caller is asked to wait before trying again while the database is out of reach. */
export const databaseRetryAfterSeconds = 5;

/** The network failing between the server and its database. */
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL refusing work for a while: shutting down or restarting (57P01, 57P02), still
 * starting (57P03), out of connection slots (53300), and the connection exceptions (class 08).
 */
const postgresCodes = /^(57P01|57P02|57P03|53300|08[0-9A-Z]{3})$/;

/** `pg`'s words for a connection that ended under a query; they carry no code. knex puts the query before them. */
const endedConnection = /(^| - )Connection (terminated|ended unexpectedly)/;

/**
 * Whether an error means the database cannot be reached now, as opposed to a query it
 * answered with an error: a refused or cut connection, the pool's wait for a connection
 * running out (knex's KnexTimeoutError), or PostgreSQL refusing connections for a while.
 * Follows `cause` (tRPC wraps what a procedure throws) and AggregateError's `errors`.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const pending = [error];
  for (let looked = 0; pending.length > 0 && looked < 20; looked++) {
    const e = pending.pop() as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | null | undefined;
    if (!e || typeof e !== 'object') continue;
    if (typeof e.code === 'string' && (networkCodes.has(e.code) || postgresCodes.test(e.code))) return true;
    if (e.name === 'KnexTimeoutError') return true;
    if (typeof e.message === 'string' && endedConnection.test(e.message)) return true;
    if (e.cause) pending.push(e.cause);
    if (Array.isArray(e.errors)) pending.push(...e.errors);
  }
  return false;
}

/** The refusal a caller gets while the database is out of reach: 503, with Retry-After. */
export const databaseUnavailable = () => new FoyerError('SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', { retryAfterSeconds: databaseRetryAfterSeconds });
