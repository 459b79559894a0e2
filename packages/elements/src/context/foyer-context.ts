import { createContext } from '@lit/context';
import type { FoyerApi } from '@foyer/client';

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
  setToken(token: string | null): void;
  /** Acts in another workspace from now on, with the same session (see FoyerProvider.switchWorkspace). */
  switchWorkspace(workspace: string): void;
  /** A full address for a server-relative path such as a signed file address. */
  url(path: string): string;
}

export const foyerContext = createContext<FoyerConnection | undefined>(Symbol('foyer-connection'));
