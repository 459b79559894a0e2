import type { FoyerConnection } from '../context/foyer-context.js';

/**
 * Which kind of session a provider's token is, as far as the elements that started it know.
 * A provider holds one token, and the server does not tell its kind; an element that signs
 * in records it here so its neighbours do not mistake, say, an owner's session for a
 * client's that has ended. Keyed by the provider's API client, so two providers never mix.
 * After a reload the kind is `unknown` and the elements ask the server.
 */
export type SessionKind = 'identity' | 'access' | 'gallery' | 'unknown';

const kinds = new WeakMap<object, { token: string; kind: Exclude<SessionKind, 'unknown'> }>();

export function rememberSession(connection: FoyerConnection, token: string, kind: Exclude<SessionKind, 'unknown'>): void {
  kinds.set(connection.api, { token, kind });
}

/** The kind of the connection's current session; `unknown` when no element here started it. */
export function sessionKind(connection: FoyerConnection | undefined): SessionKind | null {
  if (!connection?.token) return null;
  const known = kinds.get(connection.api);
  return known && known.token === connection.token ? known.kind : 'unknown';
}
