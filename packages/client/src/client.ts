import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '@foyer/server';
import { createBatchCaller, createBatchProxy } from './batch-client.js';

export type FoyerApi = TRPCClient<AppRouter>;

export interface FoyerClientOptions {
  /** The server's base address, ending in `/api`: `https://studio.example/api`. */
  server: string;
  /** The bearer token to send, read at each call so a sign-in takes effect at once. */
  getToken: () => string | null;
  /**
   * The language the server answers in (refusals, field errors, and mail to a person it knows
   * no language of), read at each call and sent as `Accept-Language`: a page's `lang` or a
   * locale such as `de`, `nb` or `hu-HU`. The server falls back to English for one it does not write.
   */
  getLanguage?: () => string | null | undefined;
  fetch?: typeof globalThis.fetch;
}

/**
 * The typed API client. Calls carry a bearer token, never cookies, so they work cross-origin.
 * Calls made in one tick travel in one request, as with tRPC's httpBatchLink.
 */
export function createFoyerApi(options: FoyerClientOptions): FoyerApi {
  const base = options.server.replace(/\/+$/, '');
  const call = createBatchCaller({
    url: `${base}/trpc`,
    fetch: options.fetch,
    headers: (): Record<string, string> => {
      const headers: Record<string, string> = {};
      const token = options.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
      // A CORS-safelisted header for plain tags: no extra preflight for it.
      const language = options.getLanguage?.()?.trim();
      if (language && /^[A-Za-z0-9,;=.\- *]{1,100}$/.test(language)) headers['accept-language'] = language;
      return headers;
    },
  });
  return createBatchProxy(call) as FoyerApi;
}

/** Turns a server-relative path (a signed file address) into a full address. */
export function serverUrl(server: string, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return `${server.replace(/\/+$/, '')}${path.startsWith('/') ? '' : '/'}${path}`;
}
