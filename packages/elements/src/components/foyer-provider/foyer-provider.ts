import { LitElement, css, html, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { createFoyerApi, serverUrl, SessionStore } from '@foyer/client';
import { foyerContext, type FoyerConnection, type StartedSessionKind } from '../../context/foyer-context.js';
import { FoyerSessionChangeEvent } from '../../events/foyer-session-change-event.js';

/**
 * @summary Connects the Foyer elements inside it to one server and one workspace, and holds
 * their session.
 *
 * Every call of the elements inside names this provider's workspace; two providers on one
 * page act in two workspaces at once, each with its own session. Calls ask the server to
 * answer in the language the elements speak (else the page's `lang`), so its sentences and
 * the mail it sends to a newcomer are in that language.
 *
 * @slot - The Foyer elements (and any other content) that use this connection.
 * @event foyer-session-change - The session began or ended; `signedIn` says which.
 */
export class FoyerProvider extends LitElement {
  static override properties = {
    connection: { state: true },
    server: {},
    workspace: {},
    persist: {},
    storageKey: { attribute: 'storage-key' },
  };

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The server's base address, ending in `/api`. */
  server = '';

  /**
   * The handle of the workspace the elements act in. Without one the provider still connects
   * for what names no workspace: signing in, the list of one's accounts.
   */
  workspace = '';

  /**
   * Where the session survives a reload: `session` keeps it for this tab (sessionStorage),
   * `none` keeps it in memory only (a preview, a kiosk).
   */
  persist: 'session' | 'none' = 'session';

  /**
   * Names the stored session, so pages of one site that hold different sessions for one
   * workspace (a client's code on one page, the owner's sign-in on another) keep them apart.
   */
  storageKey = '';

  readonly #provider = new ContextProvider(this, { context: foyerContext });

  /** The connection every element inside receives; each new one reaches them at once. */
  get connection(): FoyerConnection | undefined {
    return this.#provider.value;
  }
  set connection(value: FoyerConnection | undefined) {
    this.#provider.setValue(value);
  }

  #store: SessionStore | undefined;
  /** What the current store was made for: server, workspace, persistence and key. */
  #storeFor = '';
  #unsubscribe: (() => void) | undefined;
  #pendingToken: string | null | undefined;
  /** The session an element here started, with its kind; any other token's kind is unknown. */
  #started: { token: string; kind: StartedSessionKind } | null = null;

  /** The session's bearer token; set it to hand the elements an existing session. */
  get token(): string | null {
    return this.#pendingToken !== undefined ? this.#pendingToken : (this.#store?.token ?? null);
  }
  set token(value: string | null) {
    if (this.#store) this.#store.set(value);
    else this.#pendingToken = value;
  }

  /**
   * Acts in another workspace from now on, keeping the session: one identity's session works
   * in every workspace it belongs to, so switching needs no new sign-in. (Setting `workspace`
   * instead starts from the session stored for that workspace, if any.)
   */
  switchWorkspace(workspace: string): void {
    if (workspace === this.workspace) return;
    this.#pendingToken = this.token;
    this.workspace = workspace;
  }

  /** The locale lit-localize last switched the elements to, once it has announced one. */
  #locale: string | null = null;
  // lit-localize's LOCALE_STATUS_EVENT, named here so the provider does not load the library for it.
  readonly #onLocaleStatus = (event: Event) => {
    const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
    if (detail?.status === 'ready' && detail.readyLocale) this.#locale = detail.readyLocale;
  };

  /**
   * The language the server is asked to answer in (its refusals, field errors, and mail to a
   * person it knows no language of): the one the elements speak, else the page's `lang`.
   */
  #language(): string | null {
    return this.#locale ?? (this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('lit-localize-status', this.#onLocaleStatus);
    this.#connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lit-localize-status', this.#onLocaleStatus);
    // The store stays: a provider moved to another place in the page keeps its session.
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('server') || changed.has('workspace') || changed.has('persist') || changed.has('storageKey')) this.#connect();
  }

  #connect(): void {
    if (!this.server) {
      this.connection = undefined;
      return;
    }
    const server = this.server;
    const key = `foyer:${server}:${this.workspace}${this.storageKey ? `:${this.storageKey}` : ''}`;
    const storeFor = `${this.persist}|${key}`;
    if (!this.#store || this.#storeFor !== storeFor) {
      // Another server, workspace or key is another session: start from what storage holds for it.
      const storage = this.persist === 'session' ? safeSessionStorage() : undefined;
      this.#store = new SessionStore({ storage, key });
      this.#storeFor = storeFor;
    }
    const store = this.#store;
    if (this.#pendingToken !== undefined) {
      store.set(this.#pendingToken);
      this.#pendingToken = undefined;
    }
    const api = createFoyerApi({ server, getToken: () => store.token, getLanguage: () => this.#language() });
    const build = (): FoyerConnection => ({
      server,
      workspace: this.workspace,
      api,
      token: store.token,
      sessionKind: store.token === null ? null : this.#started?.token === store.token ? this.#started.kind : 'unknown',
      setToken: (token) => store.set(token),
      signIn: (token, kind) => {
        this.#started = { token, kind };
        store.set(token);
      },
      switchWorkspace: (workspace) => this.switchWorkspace(workspace),
      url: (path) => serverUrl(server, path),
    });
    this.connection = build();
    this.#unsubscribe?.();
    this.#unsubscribe = store.subscribe((token) => {
      this.connection = build();
      this.dispatchEvent(new FoyerSessionChangeEvent(token !== null));
    });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function safeSessionStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-provider': FoyerProvider;
  }
}
