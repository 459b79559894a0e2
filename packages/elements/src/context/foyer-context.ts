import { createContext } from '@lit/context';
import type { FoyerApi } from '@foyer/client';

/**
 * Which kind of session a provider's token is, as far as the elements that started it know.
 * The server does not tell a token's kind; an element that signs in names it through
 * `signIn`, so its neighbours do not mistake, say, an owner's session for a client's that
 * has ended. After a reload the kind is `unknown` and the elements ask the server.
 */
export type SessionKind = 'identity' | 'access' | 'gallery' | 'unknown';

/** The kinds an element can name when it starts a session. */
export type StartedSessionKind = Exclude<SessionKind, 'unknown'>;

/**
 * What a provider hands to every element below it: which server and workspace to talk to,
 * the API client, and the session. A new object whenever one of them changes, so consumers
 * re-render.
 */
export interface FoyerConnection {
  server: string;
  /** The workspace every call of the elements below names; empty before one is chosen. */
  workspace: string;
  api: FoyerApi;
  /** The bearer token of this provider's session, or null when nobody is signed in. */
  token: string | null;
  /** The kind of the session `token` holds; null when nobody is signed in. */
  sessionKind: SessionKind | null;
  setToken(token: string | null): void;
  /** Holds a session an element here has just started, naming its kind for the elements around. */
  signIn(token: string, kind: StartedSessionKind): void;
  /** Acts in another workspace from now on, with the same session (see FoyerProvider.switchWorkspace). */
  switchWorkspace(workspace: string): void;
  /** A full address for a server-relative path such as a signed file address. */
  url(path: string): string;
}

export const foyerContext = createContext<FoyerConnection | undefined>(Symbol('foyer-connection'));
