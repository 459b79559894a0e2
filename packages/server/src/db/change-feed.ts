import type { Knex } from 'knex';
import pg from 'pg';
import { databaseSource } from './create-db.js';

/** The channel migration 038's triggers announce changed rows on, as "<schema> <table> <id>". */
const channel = 'foyer_changes';

/** What hears the changes: told when it may start trusting what it keeps, and when it may not any more. */
export interface ChangeListener {
  /** The feed listens: every change committed from now on is announced to `changed`. */
  listening(): void;
  /** A row of `table` changed or went away. */
  changed(table: string, id: string): void;
  /** The feed stopped hearing (its connection broke, or it was closed): changes may go unannounced now. */
  lost(): void;
}

export interface ChangeFeed {
  close(): Promise<void>;
}

/**
 * Listens for the changes the database announces, on a connection of its own beside knex's
 * pool (PostgreSQL), or on the embedded database itself. A broken connection is said to the
 * listener at once (`lost`) and opened again after `retryMs`; until it listens again the
 * listener trusts nothing it kept. A database this feed cannot listen on (a knex instance not
 * made by createDb) leaves the listener never listening, which is always safe.
 */
export async function startChangeFeed(db: Knex, listener: ChangeListener, options: { retryMs?: number } = {}): Promise<ChangeFeed> {
  const source = databaseSource(db);
  if (!source) return { close: async () => {} };
  if (source.kind === 'pglite') {
    // The embedded database is one connection in this process; it is never lost, only closed.
    const unlisten = await source.pglite.listen(channel, (payload) => announce(payload, 'public', listener));
    listener.listening();
    return {
      async close() {
        listener.lost();
        await unlisten();
      },
    };
  }
  const retryMs = options.retryMs ?? 1_000;
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const again = () => {
    listener.lost();
    client?.removeAllListeners();
    client?.end().catch(() => {});
    client = null;
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = null;
        void connect();
      }, retryMs);
      retry.unref();
    }
  };
  const connect = async () => {
    const next = new pg.Client({ connectionString: source.url, keepAlive: true });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload) announce(message.payload, source.schema, listener);
    });
    next.on('error', again);
    next.on('end', () => {
      if (client === next) again();
    });
    try {
      await next.connect();
      await next.query(`listen ${channel}`);
      if (client === next && !closed) listener.listening();
    } catch {
      if (client === next) again();
    }
  };
  await connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      listener.lost();
      await last?.end().catch(() => {});
    },
  };
}

/** Hands an announcement of this schema to the listener; other schemas on the same database are other instances' business. */
function announce(payload: string, schema: string, listener: ChangeListener): void {
  const [from, table, id] = payload.split(' ');
  if (from === schema && table && id) listener.changed(table, id);
}
