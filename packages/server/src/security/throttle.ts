import type { Knex } from 'knex';

export interface ThrottleRule {
  /** How many failures a key may collect in one window. */
  limit: number;
  windowMs: number;
}

/**
 * Failure counters in the database, so every server instance sees the same count.
 * A key is something like `access-code:source:<workspace>:<ip>`.
 */
export async function isThrottled(db: Knex, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const row = await db('throttle_counters').select('window_started_at', 'count').where({ key }).first();
  if (!row) return false;
  const started = new Date(row.window_started_at).getTime();
  if (now.getTime() - started >= rule.windowMs) return false;
  return row.count >= rule.limit;
}

/** Counts one failure; a window that has run out starts again at one. */
export async function recordFailure(db: Knex, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - rule.windowMs);
  await db.raw(
    `insert into throttle_counters (key, window_started_at, count) values (?, ?, 1)
     on conflict (key) do update set
       count = case when throttle_counters.window_started_at <= ? then 1 else throttle_counters.count + 1 end,
       window_started_at = case when throttle_counters.window_started_at <= ? then excluded.window_started_at
                                else throttle_counters.window_started_at end`,
    [key, now, windowStart, windowStart],
  );
}
