import { mkdirSync } from 'node:fs';
import knexFactory, { type Knex } from 'knex';
import ClientPgLite from 'knex-pglite';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export type DatabaseOptions =
  /** A real PostgreSQL, through `pg`. `schema` keeps parallel test files apart. */
  | {
      kind: 'postgres';
      url: string;
      schema?: string;
      pool?: { min: number; max: number };
      /** How long a query waits for a connection before it fails (knex's default: 60 s). */
      acquireConnectionTimeoutMs?: number;
    }
  /** The embedded PostgreSQL; `dataDir` keeps data on disk, leave it out for memory only. */
  | { kind: 'pglite'; dataDir?: string };

/**
 * Where a knex instance made here reads from, for what needs a connection of its own beside
 * knex's pool (db/change-feed.ts listens on one): the PostgreSQL address and schema, or the
 * embedded database itself.
 */
export type DatabaseSource = { kind: 'postgres'; url: string; schema: string } | { kind: 'pglite'; pglite: PGlite };

const sources = new WeakMap<Knex, DatabaseSource>();

/** The source of a knex instance createDb made, or undefined for one made elsewhere. */
export function databaseSource(db: Knex): DatabaseSource | undefined {
  return sources.get(db);
}

/** One knex instance for either back-end; everything above it is the same code. */
export function createDb(options: DatabaseOptions): Knex {
  if (options.kind === 'postgres') {
    const db = knexFactory({
      client: 'pg',
      connection: options.url,
      searchPath: options.schema ? [options.schema] : undefined,
      pool: options.pool ?? { min: 0, max: 10 },
      acquireConnectionTimeout: options.acquireConnectionTimeoutMs,
    });
    sources.set(db, { kind: 'postgres', url: options.url, schema: options.schema ?? 'public' });
    return db;
  }
  // PGlite does not create missing parent folders; a fresh clone has no data folder yet.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm } });
  const db = knexFactory({
    client: ClientPgLite as unknown as typeof knexFactory.Client,
    dialect: 'postgres',
    // pg_trgm: the contacts search's trigram indexes (migration 025), as on PostgreSQL.
    connection: { pglite },
  } as Knex.Config);
  sources.set(db, { kind: 'pglite', pglite });
  return db;
}

/** Reads `DATABASE_URL`; without it the embedded database keeps its data in `dataDir`. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): DatabaseOptions {
  const url = env.DATABASE_URL?.trim();
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir };
}
