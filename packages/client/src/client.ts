import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '@foyer/server';

export type FoyerApi = TRPCClient<AppRouter>;

export interface FoyerClientOptions {
  /** The server's base address, ending in `/api`: `https://studio.example/api`. */
  server: string;
  /** The bearer token to send, read at each call so a sign-in takes effect at once. */
  getToken: () => string | null;
  fetch?: typeof globalThis.fetch;
}

/** The typed API client. Calls carry a bearer token, never cookies, so they work cross-origin. */
export function createFoyerApi(options: FoyerClientOptions): FoyerApi {
  const base = options.server.replace(/\/+$/, '');
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        fetch: options.fetch,
        headers: () => {
          const token = options.getToken();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}

/** Turns a server-relative path (a signed file address) into a full address. */
export function serverUrl(server: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${server.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}
