import type { Knex } from 'knex';
import type { BlobStore } from '../blobs/blob-store.js';
import { knownSourceMs } from './guessing/rules.js';

export interface PruneOptions {
  counterMaxAgeMs?: number;
  /** The file store, whose partial files of uploads that never finished are removed too. */
  blobs?: BlobStore;
}

/**
 * Removes sessions that can no longer be used, guessing counters whose window is long over,
 * account and reset links that are used or expired, cancellations of uploads long over, and the partial files of uploads whose process died. Safe to run from any number of
 * instances at once: it only deletes dead rows and files no upload writes to.
 */
export async function pruneExpired(db: Knex, now: Date, options: PruneOptions = {}): Promise<{ sessions: number; counters: number; links: number; uploads: number }> {
  const counterMaxAgeMs = options.counterMaxAgeMs ?? 24 * 60 * 60_000;
  const sessions = await db('sessions').where('expires_at', '<=', now).orWhere('idle_expires_at', '<=', now).delete();
  // A counter whose window is long over counts nothing; one that marks a known source is kept for as long as it does.
  const counters = await db('guess_counters')
    .where('window_started_at', '<=', new Date(now.getTime() - counterMaxAgeMs))
    .andWhere((q) => q.whereNull('succeeded_at').orWhere('succeeded_at', '<=', new Date(now.getTime() - knownSourceMs)))
    .delete();
  // Links past their end open nothing; an unconfirmed sign-up's row holds a password hash no one may keep.
  const links = affected(await db('account_links').where('expires_at', '<=', now).orWhereNotNull('used_at').delete());
  const resets = affected(await db('password_resets').where('expires_at', '<=', now).orWhereNotNull('used_at').delete());
  // A cancellation waits only for its own upload to arrive, and no upload runs for a day.
  await db('cancelled_uploads')
    .where('cancelled_at', '<=', new Date(now.getTime() - 24 * 60 * 60_000))
    .delete();
  const uploads = options.blobs ? await options.blobs.removeAbandoned() : 0;
  return { sessions: affected(sessions), counters: affected(counters), links: links + resets, uploads };
}

/** `pg` answers a delete with a count; the embedded driver with a result holding it. */
function affected(result: unknown): number {
  if (typeof result === 'number') return result;
  const r = result as { affectedRows?: number; rowCount?: number };
  return r.affectedRows ?? r.rowCount ?? 0;
}
