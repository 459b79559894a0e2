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

/** One knex instance for either back-end; everything above it is the same code. */
export function createDb(options: DatabaseOptions): Knex {
  if (options.kind === 'postgres') {
    return knexFactory({
      client: 'pg',
      connection: options.url,
      searchPath: options.schema ? [options.schema] : undefined,
      pool: options.pool ?? { min: 0, max: 10 },
      acquireConnectionTimeout: options.acquireConnectionTimeoutMs,
    });
  }
  // PGlite does not create missing parent folders; a fresh clone has no data folder yet.
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  return knexFactory({
    client: ClientPgLite as unknown as typeof knexFactory.Client,
    dialect: 'postgres',
    // pg_trgm: the contacts search's trigram indexes (migration 025), as on PostgreSQL.
    connection: { pglite: new PGlite({ dataDir: options.dataDir, extensions: { pg_trgm } }) },
  } as Knex.Config);
}

/** Reads `DATABASE_URL`; without it the embedded database keeps its data in `dataDir`. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): DatabaseOptions {
  const url = env.DATABASE_URL?.trim();
  return url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir };
}
