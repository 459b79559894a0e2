import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory from 'knex';
import type { Language } from '@foyer/schema';
import { appRouter } from '../router.js';
import { createCallerFactory } from '../trpc.js';
import { createContextInner, type ServerDeps } from '../context.js';
import { defaultConfig, type ServerConfig } from '../config.js';
import { createDb, type DatabaseOptions } from '../db/create-db.js';
import { migrateToLatest } from '../db/migrate.js';
import { createLocalFolderStore } from '../blobs/local-folder-store.js';
import { createOutboxMailer } from '../mail/outbox-mailer.js';
import type { Mailer } from '../mail/mailer.js';
import { ManualClock } from '../security/clock.js';
import { loadInstanceSecret } from '../security/instance-secret.js';
import { instanceCaches } from '../cache/kept-answers.js';

/**
 * The databases every server test runs on: the embedded one always, and PostgreSQL when
 * `DATABASE_URL` names one. Each test file gets its own database or schema.
 */
export const databaseKinds: Array<'pglite' | 'postgres'> = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestServer {
  deps: ServerDeps;
  clock: ManualClock;
  /** A caller as one request would make it: with a bearer token, a source address and the language it asks for. */
  caller(token?: string | null, source?: string, language?: Language | null): ReturnType<typeof createCaller>;
  /**
   * Another server instance on the same database: its own connection pool and caches, the
   * same instance key and clock, as instances behind a load balancer have. On the embedded
   * database, which has one connection, it shares the first instance's.
   */
  anotherInstance(): ServerDeps;
  close(): Promise<void>;
}

const createCaller = createCallerFactory(appRouter);

export async function startTestServer(
  kind: 'pglite' | 'postgres',
  overrides: {
    config?: Partial<ServerConfig>;
    mailer?: (deps: Omit<ServerDeps, 'mailer'>) => Mailer;
    /** On PostgreSQL: another address for the server's connections (a proxy to DATABASE_URL), and how long a query waits for one. */
    database?: { url?: string; acquireConnectionTimeoutMs?: number };
  } = {},
): Promise<TestServer> {
  let options: DatabaseOptions;
  let dropSchema = async () => {};
  if (kind === 'postgres') {
    const url = process.env.DATABASE_URL!;
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
    await admin.raw(`create schema ${schema}`);
    options = { kind: 'postgres', url: overrides.database?.url ?? url, schema, pool: { min: 0, max: 4 }, acquireConnectionTimeoutMs: overrides.database?.acquireConnectionTimeoutMs };
    dropSchema = async () => {
      await admin.raw(`drop schema ${schema} cascade`);
      await admin.destroy();
    };
  } else {
    options = { kind: 'pglite' };
  }
  const db = createDb(options);
  await migrateToLatest(db);
  // A key in memory, as a server given none has: the test database ends with the test.
  const clock = new ManualClock();
  const blobDir = await mkdtemp(join(tmpdir(), 'foyer-blobs-'));
  const base = {
    db,
    clock,
    blobs: createLocalFolderStore(blobDir),
    secret: await loadInstanceSecret(db),
    // Sign-up is open, as on a server whose operator opened it, and account links have a page.
    config: { ...defaultConfig, signUp: 'open', publicUrl: 'https://foyer.example/account', ...overrides.config } satisfies ServerConfig,
    kept: instanceCaches(),
  };
  const deps: ServerDeps = { ...base, mailer: overrides.mailer?.(base) ?? createOutboxMailer(base) };
  const others: ServerDeps[] = [];
  return {
    deps,
    clock,
    caller: (token = null, source = '203.0.113.7', language = null) => createCaller(createContextInner(deps, { token, source, language })),
    anotherInstance() {
      if (options.kind !== 'postgres') return { ...deps, kept: instanceCaches() };
      const otherDb = createDb(options);
      const other = { ...base, db: otherDb, kept: instanceCaches() };
      const instance: ServerDeps = { ...other, mailer: createOutboxMailer(other) };
      others.push(instance);
      return instance;
    },
    async close() {
      for (const other of others) await other.db.destroy();
      await db.destroy();
      await dropSchema();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}
