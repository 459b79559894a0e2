import type { Knex } from 'knex';
import type { Language } from '@foyer/schema';
import type { BlobStore } from './blobs/blob-store.js';
import type { ServerConfig } from './config.js';
import type { Mailer } from './mail/mailer.js';
import type { InstanceCaches } from './cache/kept-answers.js';
import type { Clock } from './security/clock.js';

/** What the server is built from; the same in tests, in one process and in many. */
export interface ServerDeps {
  db: Knex;
  clock: Clock;
  mailer: Mailer;
  blobs: BlobStore;
  /** Key for keyed hashes (access codes) and signed file links. */
  secret: Buffer;
  config: ServerConfig;
  /** Answers this instance built (overviews, dashboards), served again while nothing they show has changed. */
  kept: InstanceCaches;
}

/** What one request brings. */
export interface RequestInfo {
  /** The bearer token, if the request carried one. */
  token: string | null;
  /** The address guessing is counted against. */
  source: string;
  /** The browser or program that sent it, as it says; shown in a person's list of sessions. */
  userAgent?: string | null;
  /**
   * The language the caller asked to be answered in (its `Accept-Language`, which the elements
   * set to the page's language), or null when it named none Foyer writes. Refusals and field
   * errors are written in it, and mail to the caller when nothing is stored for them.
   */
  language?: Language | null;
}

export type Context = ServerDeps & RequestInfo;

export function createContextInner(deps: ServerDeps, request: Partial<RequestInfo> = {}): Context {
  return { ...deps, token: request.token ?? null, source: request.source ?? 'local', userAgent: request.userAgent ?? null, language: request.language ?? null };
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header ?? '');
  return match?.[1] ?? null;
}
