import type { ChangeListener } from '../db/change-feed.js';

/** One client call's facts as the database gave them: the session, the workspace and the access, in one row. */
export interface ClientSessionRow {
  id: string;
  kind: string;
  workspace_id: string | null;
  expires_at: Date;
  idle_expires_at: Date;
  w_id: string | null;
  a_id: string | null;
  [column: string]: unknown;
}

interface Entry {
  row: ClientSessionRow;
}

/**
 * What the database said of a client's session, the workspace its call names and its access,
 * kept by this instance so that a client asking again — above all asking whether the overview
 * it holds is still current — is answered without a round trip to the database.
 *
 * Kept only while the change feed listens (db/change-feed.ts): the database announces every
 * change to a session, a workspace or a client access, whoever makes it, and the entries that
 * row went into are dropped when it is announced. A session ending, an access disabled, new
 * content in the workspace: the next call reads the database again. The feed lost, everything
 * kept is dropped and nothing is kept until it listens again. A read that a change overtook
 * (announced while the read was on its way) is not kept. The time limits are checked on every
 * call against the clock, as the query checks them.
 *
 * What it cannot hide: a change made in another instance takes effect here when its
 * announcement arrives, a few milliseconds after its commit, where before it took effect at
 * the next query. Bounded, least recently used out first.
 */
export class KeptClientSessions implements ChangeListener {
  readonly #entries = new Map<string, Entry>();
  /** The entries each announced row went into, by "<table> <id>": an announcement drops them without a scan. */
  readonly #byRow = new Map<string, Set<string>>();
  #listening = false;
  /** Counts announcements: a read keeps its row only if none came while it was on its way. */
  #announced = 0;

  constructor(readonly maxEntries: number) {}

  listening(): void {
    this.#announced += 1;
    this.#listening = true;
  }

  lost(): void {
    this.#announced += 1;
    this.#listening = false;
    this.#entries.clear();
    this.#byRow.clear();
  }

  changed(table: string, id: string): void {
    this.#announced += 1;
    const keys = this.#byRow.get(`${table} ${id}`);
    if (keys) for (const key of [...keys]) this.#remove(key);
  }

  /** The kept row for a token's hash and a workspace's handle, while its session is open at `now`. */
  get(tokenHash: Buffer, handle: string, now: Date): ClientSessionRow | undefined {
    const key = keyOf(tokenHash, handle);
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.row.expires_at <= now || entry.row.idle_expires_at <= now) {
      this.#remove(key);
      return undefined;
    }
    // Least recently used out first: a row read moves to the end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.row;
  }

  /** Where a read starts: pass it to `keep` with what the read found. */
  mark(): number {
    return this.#announced;
  }

  /** Keeps what a read found, unless the feed is not listening or a change was announced since `mark`. */
  keep(tokenHash: Buffer, handle: string, row: ClientSessionRow, mark: number): void {
    if (!this.#listening || mark !== this.#announced) return;
    const key = keyOf(tokenHash, handle);
    this.#remove(key);
    this.#entries.set(key, { row });
    for (const rowKey of rowKeysOf(row)) {
      let keys = this.#byRow.get(rowKey);
      if (!keys) this.#byRow.set(rowKey, (keys = new Set()));
      keys.add(key);
    }
    if (this.#entries.size > this.maxEntries) this.#remove(this.#entries.keys().next().value!);
  }

  drop(tokenHash: Buffer, handle: string): void {
    this.#remove(keyOf(tokenHash, handle));
  }

  get size(): number {
    return this.#entries.size;
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    for (const rowKey of rowKeysOf(entry.row)) {
      const keys = this.#byRow.get(rowKey);
      keys?.delete(key);
      if (keys?.size === 0) this.#byRow.delete(rowKey);
    }
  }
}

/** The announced rows a kept row was read from: its session, its workspace and its access. */
const rowKeysOf = (row: ClientSessionRow) => [`sessions ${row.id}`, `workspaces ${row.w_id}`, `client_accesses ${row.a_id}`];

const keyOf = (tokenHash: Buffer, handle: string) => `${tokenHash.toString('base64')} ${handle}`;
