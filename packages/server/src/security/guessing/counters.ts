import type { Knex } from 'knex';
import { knownSourceMs, type GuessRule } from './rules.js';

/** The counter rows one guess is counted in: always the pair, the others where the rule has them. */
export interface GuessKeys {
  pair: string;
  source?: string;
  target?: string;
}

/** An exponent cap: 2^40 ms is decades, far past any rule's maximum delay, and never overflows. */
const maxDoublings = 40;

/**
 * One upsert that counts an attempt at a key only if the rule lets it through, judged on the
 * row as it stands under its lock: of N attempts at once, exactly those the rule allows are
 * counted, on any number of server instances. `after` names the step that must have counted
 * first; `allowed` is the SQL condition on the existing row `g`.
 */
function countStep(name: string, after: string | null, allowed: string): string {
  return `${name} as (
    insert into guess_counters as g (key, failures, window_started_at, last_attempt_at)
    select ?, 1, ?::timestamptz, ?::timestamptz ${after ? `where exists (select 1 from ${after})` : ''}
    on conflict (key) do update set
      failures = case when g.window_started_at <= ?::timestamptz then 1 else g.failures + 1 end,
      window_started_at = case when g.window_started_at <= ?::timestamptz then excluded.window_started_at else g.window_started_at end,
      last_attempt_at = excluded.last_attempt_at
    where g.window_started_at <= ?::timestamptz or ${allowed}
    returning failures, succeeded_at
  )`;
}

/**
 * Claims one attempt before the guess is evaluated, in one statement: the pair's progressive
 * delay, then the source's limit, then the target's ceiling. True when every step counted it.
 * A step that refuses leaves the steps after it untouched; the ones before it (the pair, the
 * source: counters of the guessing source itself) keep the refused attempt.
 */
export async function claimAttempt(db: Knex, rule: GuessRule, keys: GuessKeys, now: Date): Promise<boolean> {
  const at = (ms: number) => new Date(now.getTime() - ms);
  const steps: string[] = [];
  const bindings: Knex.RawBinding[] = [];
  const windowStart = (ms: number) => [at(ms), at(ms), at(ms)];

  const { free, firstDelayMs, maxDelayMs, windowMs } = rule.pair;
  steps.push(
    countStep(
      'pair',
      null,
      `(g.failures < ?::int or g.last_attempt_at <= ?::timestamptz - least(?::float8 * power(2, least(g.failures - ?::int, ${maxDoublings})), ?::float8) * interval '1 millisecond')`,
    ),
  );
  bindings.push(keys.pair, now, now, ...windowStart(windowMs), free, now, firstDelayMs, free, maxDelayMs);
  let last = 'pair';

  if (rule.perSource && keys.source) {
    steps.push(countStep('src', last, 'g.failures < ?::int'));
    bindings.push(keys.source, now, now, ...windowStart(rule.perSource.windowMs), rule.perSource.limit);
    last = 'src';
  }

  if (rule.ceiling && keys.target) {
    const { failures, windowMs: ceilingWindow, paceMs } = rule.ceiling;
    // Past the ceiling: a source known to the target passes; a source with no failures at it is paced.
    const fresh = 'exists (select 1 from pair where pair.failures = 1)';
    const paced = paceMs === null ? fresh : `(${fresh} and g.last_attempt_at <= ?::timestamptz)`;
    steps.push(countStep('tgt', last, `(g.failures < ?::int or exists (select 1 from pair where pair.succeeded_at > ?::timestamptz) or ${paced})`));
    bindings.push(keys.target, now, now, ...windowStart(ceilingWindow), failures, at(knownSourceMs));
    if (paceMs !== null) bindings.push(at(paceMs));
    last = 'tgt';
  }

  const { rows } = await db.raw(`with ${steps.join(',\n')} select exists (select 1 from ${last}) as counted`, bindings);
  return Boolean(rows[0]?.counted);
}

/**
 * A right guess gives its attempt back: it was not a failure. The pair remembers that this
 * source got in, so a ceiling reached by others does not slow it.
 */
export async function refundAttempt(db: Knex, keys: GuessKeys, now: Date): Promise<void> {
  // Row by row in the order claimAttempt locks them (pair, source, target): two requests at
  // the same rows then wait for each other instead of deadlocking, as `key in (…)` would.
  const steps = ['pair as (update guess_counters set failures = greatest(failures - 1, 0), succeeded_at = ?::timestamptz where key = ? returning 1)'];
  const bindings: Array<string | Date> = [now, keys.pair];
  let previous = 'pair';
  for (const [name, key] of [
    ['src', keys.source],
    ['tgt', keys.target],
  ] as const) {
    if (!key) continue;
    steps.push(`${name} as (update guess_counters set failures = greatest(failures - 1, 0) where key = ? and exists (select 1 from ${previous}) returning 1)`);
    bindings.push(key);
    previous = name;
  }
  await db.raw(`with ${steps.join(',\n')} select 1`, bindings);
}

/** Whole seconds until an attempt refused now could be counted: for the answer's Retry-After. */
export async function secondsToWait(db: Knex, rule: GuessRule, keys: GuessKeys, now: Date): Promise<number> {
  const rows: Array<{ key: string; failures: number; window_started_at: Date | string; last_attempt_at: Date | string }> = await db('guess_counters')
    .select('key', 'failures', 'window_started_at', 'last_attempt_at')
    .whereIn(
      'key',
      [keys.pair, keys.source, keys.target].filter((k): k is string => Boolean(k)),
    );
  const t = now.getTime();
  let wait = 1_000;
  for (const row of rows) {
    const windowEnds = (ms: number) => new Date(row.window_started_at).getTime() + ms - t;
    if (row.key === keys.pair && row.failures >= rule.pair.free) {
      const delay = Math.min(rule.pair.firstDelayMs * 2 ** Math.min(row.failures - rule.pair.free, maxDoublings), rule.pair.maxDelayMs);
      wait = Math.max(wait, Math.min(new Date(row.last_attempt_at).getTime() + delay - t, windowEnds(rule.pair.windowMs)));
    } else if (row.key === keys.source && rule.perSource && row.failures >= rule.perSource.limit) {
      wait = Math.max(wait, windowEnds(rule.perSource.windowMs));
    } else if (row.key === keys.target && rule.ceiling && row.failures >= rule.ceiling.failures) {
      wait = Math.max(wait, rule.ceiling.paceMs ?? 1_000);
    }
  }
  return Math.ceil(wait / 1000);
}
