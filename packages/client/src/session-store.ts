export interface SessionStoreOptions {
  /** Where the token survives a reload; leave out to keep it in memory only. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** The storage key; scope it to the server and workspace so two elements never share by accident. */
  key?: string;
}

/**
 * One bearer token and who is listening for it. Each provider holds its own store, so two
 * elements on one page (or two tabs) can be signed in to two workspaces at once.
 */
export class SessionStore {
  #token: string | null;
  #listeners = new Set<(token: string | null) => void>();
  readonly #storage: SessionStoreOptions['storage'];
  readonly #key: string;

  constructor(options: SessionStoreOptions = {}) {
    this.#storage = options.storage;
    this.#key = options.key ?? 'foyer-session';
    this.#token = this.#read();
  }

  get token(): string | null {
    return this.#token;
  }

  set(token: string | null): void {
    if (token === this.#token) return;
    this.#token = token;
    try {
      if (token) this.#storage?.setItem(this.#key, token);
      else this.#storage?.removeItem(this.#key);
    } catch {
      // Storage may be blocked (private windows, sandboxed frames): the session lives in memory then.
    }
    for (const listener of this.#listeners) listener(token);
  }

  subscribe(listener: (token: string | null) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(this.#key) ?? null;
    } catch {
      return null;
    }
  }
}
