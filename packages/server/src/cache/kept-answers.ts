import type { Dashboard, Overview } from '@foyer/schema';
import { KeptClientSessions } from './kept-client-sessions.js';

/**
 * Answers this instance built (a client's overview, a master account's dashboard), each kept
 * under a key that holds the version of everything it shows: a newer version is a new key, so
 * an entry is never served after anything it shows has changed; the caller reads the version
 * in the same query that checks who is asking. Bounded, least recently used out first.
 * Correctness never depends on it: another instance, or an empty cache, builds the same answer
 * from the database.
 */
export class KeptAnswers<T> {
  readonly #entries = new Map<string, T>();
  readonly #tags = new Map<string, string>();
  constructor(readonly maxEntries: number) {}

  /**
   * The entity tag of the answer kept under `key`, made once by `make`: a client's conditional
   * request is answered from the version alone, and a digest per request was a noticeable share
   * of that answer's cost.
   */
  tagFor(key: string, make: (key: string) => string): string {
    let tag = this.#tags.get(key);
    if (tag === undefined) {
      tag = make(key);
      this.#tags.set(key, tag);
      if (this.#tags.size > this.maxEntries) this.#tags.delete(this.#tags.keys().next().value!);
    }
    return tag;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, answer: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, answer);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** What one instance keeps: each kind of answer in its own bounds. */
export interface InstanceCaches {
  overviews: KeptAnswers<Overview>;
  dashboards: KeptAnswers<Dashboard>;
  /** Who client calls are; kept only while the instance hears the database's changes. */
  clientSessions: KeptClientSessions;
}

export function instanceCaches(): InstanceCaches {
  // A dashboard is a few hundred kilobytes for a year by day of ten accounts; an overview a few dozen.
  // A client session's facts are a row of a few hundred bytes.
  return { overviews: new KeptAnswers(2_000), dashboards: new KeptAnswers(200), clientSessions: new KeptClientSessions(10_000) };
}
