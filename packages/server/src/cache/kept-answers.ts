import type { Overview } from '@foyer/schema';

/**
 * Overviews this instance built, each kept under its access and the workspace's content
 * version. A newer version is a new key, so an entry is never served after anything it shows
 * has changed; the version is read in the same query that checks the session. Bounded, least
 * recently used out first. Correctness never depends on it: another instance, or an empty
 * cache, builds the same answer from the database.
 */
export class OverviewCache {
  readonly #entries = new Map<string, Overview>();
  readonly #tags = new Map<string, string>();
  constructor(readonly maxEntries = 2_000) {}

  /**
   * The entity tag of the overview kept under `key`, made once by `make`: a client's conditional
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

  get(key: string): Overview | undefined {
    const entry = this.#entries.get(key);
    if (entry) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, overview: Overview): void {
    this.#entries.delete(key);
    this.#entries.set(key, overview);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  get size(): number {
    return this.#entries.size;
  }
}
