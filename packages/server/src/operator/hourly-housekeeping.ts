import type { ServerDeps } from '../context.js';
import { sendExpiryReminders } from '../areas/accesses/client-mail.js';
import { pruneExpired } from '../security/housekeeping.js';
import { HOUR } from '../security/clock.js';

/**
 * What a running server does every hour beside answering requests: removes what has expired
 * (sessions, counters, links, abandoned uploads) and sends the access reminders that are due.
 * Returns the function that stops it; the timer never keeps the process alive on its own.
 */
export function startHourlyHousekeeping(deps: ServerDeps, log: (message: string, error: unknown) => void = console.error): () => void {
  const run = async () => {
    await pruneExpired(deps.db, deps.clock.now(), { blobs: deps.blobs }).catch((error) => log('foyer: prune failed', error));
    await sendExpiryReminders(deps).catch((error) => log('foyer: expiry reminders failed', error));
  };
  const timer = setInterval(() => void run(), HOUR);
  timer.unref();
  return () => clearInterval(timer);
}
