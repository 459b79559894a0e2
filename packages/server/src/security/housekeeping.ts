import type { Knex } from 'knex';
import { knownSourceMs } from './guessing/rules.js';

/**
 * Removes sessions that can no longer be used and guessing counters whose window is long
 * over. Safe to run from any number of instances at once: it only deletes dead rows.
 */
export async function pruneExpired(db: Knex, now: Date, counterMaxAgeMs = 24 * 60 * 60_000): Promise<{ sessions: number; counters: number }> {
  const sessions = await db('sessions').where('expires_at', '<=', now).orWhere('idle_expires_at', '<=', now).delete();
  // A counter whose window is long over counts nothing; one that marks a known source is kept for as long as it does.
  const counters = await db('guess_counters')
    .where('window_started_at', '<=', new Date(now.getTime() - counterMaxAgeMs))
    .andWhere((q) => q.whereNull('succeeded_at').orWhere('succeeded_at', '<=', new Date(now.getTime() - knownSourceMs)))
    .delete();
  return { sessions: affected(sessions), counters: affected(counters) };
}

/** `pg` answers a delete with a count; the embedded driver with a result holding it. */
function affected(result: unknown): number {
  if (typeof result === 'number') return result;
  const r = result as { affectedRows?: number; rowCount?: number };
  return r.affectedRows ?? r.rowCount ?? 0;
}
