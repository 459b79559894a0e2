import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { bootServer, type BootOptions } from '../bootstrap.js';
import { createCallerFactory } from '../trpc.js';
import { appRouter } from '../router.js';
import { createContextInner, type ServerDeps } from '../context.js';
import { createDb, type DatabaseOptions } from '../db/create-db.js';
import { migrations } from '../db/migrate.js';
import { accessCodeDigest, unsealAccessCode } from '../security/access-codes.js';
import { unseal } from '../security/sealed.js';
import { sealMessageBody, outboxMessages } from '../mail/outbox-messages.js';
import { sealPurpose } from '../areas/second-factor/service.js';
import { createIdentity } from '../areas/identity/sign-up.js';
import { databaseKinds } from '../test-support/databases.js';

const createCaller = createCallerFactory(appRouter);
const caller = (deps: ServerDeps, token: string | null = null) => createCaller(createContextInner(deps, { token, source: '203.0.113.9' }));

/**
 * Whoever copies the database — a stolen backup, a read-only SQL injection, a hosting
 * provider's snapshot — holds every table, and nothing else. With that alone they must not
 * unseal a mailed message or a TOTP secret, nor confirm a guess at an access code offline.
 */
describe.each(databaseKinds)('a copy of the database alone opens nothing, on %s', (kind) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A place for one server's data as `foyer serve` keeps it: a data folder and a database. */
  async function place(): Promise<{ dataDir: string; database: DatabaseOptions }> {
    const dataDir = await mkdtemp(join(tmpdir(), 'foyer-copy-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    if (kind === 'pglite') return { dataDir, database: { kind: 'pglite', dataDir: join(dataDir, 'pgdata') } };
    const url = process.env.DATABASE_URL!;
    const schema = `copy_${randomBytes(6).toString('hex')}`;
    const admin = knexFactory({ client: 'pg', connection: url, pool: { min: 0, max: 1 } });
    await admin.raw(`create schema ${schema}`);
    cleanups.push(async () => {
      await admin.raw(`drop schema ${schema} cascade`);
      await admin.destroy();
    });
    return { dataDir, database: { kind: 'postgres', url, schema, pool: { min: 0, max: 2 } } };
  }

  async function boot(options: BootOptions) {
    const server = await bootServer(options);
    let closed = false;
    const close = async () => {
      if (!closed) await server.close();
      closed = true;
    };
    cleanups.push(close);
    return { ...server, close };
  }

  /** Every row of every table, as `pg_dump --data-only` would have them. */
  async function dump(db: Knex): Promise<Array<Record<string, unknown>>> {
    const tables = await db('information_schema.tables').select('table_name').whereRaw('table_schema = current_schema()').andWhere({ table_type: 'BASE TABLE' });
    const rows: Array<Record<string, unknown>> = [];
    for (const { table_name } of tables) rows.push(...(await db(table_name).select('*')));
    // The embedded database gives byte strings as Uint8Array, pg as Buffer: one kind here.
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Uint8Array ? Buffer.from(v) : v])));
  }

  /** What in a dump could be a key: every byte string, every hex text, every long text's bytes. */
  function candidateKeys(rows: Array<Record<string, unknown>>): Buffer[] {
    const keys: Buffer[] = [];
    for (const row of rows) {
      for (const value of Object.values(row)) {
        if (Buffer.isBuffer(value) && value.length >= 16) keys.push(value);
        if (typeof value === 'string' && value.length >= 32) {
          keys.push(Buffer.from(value, 'utf8'));
          if (/^[0-9a-f]+$/i.test(value) && value.length % 2 === 0) keys.push(Buffer.from(value, 'hex'));
        }
      }
    }
    return keys;
  }

  const opens = (key: Buffer, purpose: string, sealed: Buffer) => {
    try {
      unseal(key, purpose, sealed);
      return true;
    } catch {
      return false;
    }
  };

  it('keeps the instance key in a file of mode 0600 beside the data, and no key in the database', async () => {
    const { dataDir, database } = await place();
    const server = await boot({ database, blobDir: join(dataDir, 'blobs'), keyFile: join(dataDir, 'instance.key') });

    // Something of everything that is sealed or keyed: a second factor, a mailed code, a code.
    const email = `owner-${randomBytes(3).toString('hex')}@example.com`;
    const password = 'correct horse battery';
    await createIdentity(server.db, new Date(), { email, password });
    const signedIn = await caller(server).identity.signIn({ email, password });
    if (signedIn.secondFactorRequired) throw new Error('expected a session');
    const owner = caller(server, signedIn.token);
    const handle = `copy-${randomBytes(3).toString('hex')}`;
    await owner.workspaces.create({ handle, name: 'Copied Studio' });
    await owner.identity.secondFactor.begin({ password });
    const { code, access } = await owner.accesses.create({ workspace: handle, name: 'Anna', email: 'anna@example.com', galleryIds: [] });
    await owner.accesses.send({ workspace: handle, accessId: access.id, code });
    const workspaceId = (await server.db('workspaces').where({ handle }).first('id')).id as string;

    const key = await readFile(join(dataDir, 'instance.key'), 'utf8');
    expect((await stat(join(dataDir, 'instance.key'))).mode & 0o777).toBe(0o600);
    expect(Buffer.from(key.trim(), 'hex').equals(server.secret)).toBe(true);

    const rows = await dump(server.db);
    const sealedMail = rows.map((r) => r.body_sealed).filter(Buffer.isBuffer);
    const sealedSecrets = rows.map((r) => r.totp_pending_secret).filter(Buffer.isBuffer);
    const digests = rows.map((r) => r.code_digest).filter(Buffer.isBuffer);
    const sealedCode = rows.find((r) => r.id === access.id && r.code_sealed)?.code_sealed as Buffer;
    expect(sealedMail.length).toBeGreaterThan(0);
    expect(sealedSecrets.length).toBeGreaterThan(0);
    expect(digests.length).toBeGreaterThan(0);
    // The server itself opens them: the test looks for the right things.
    expect(sealedMail.some((m) => opens(server.secret, 'outbox-body', m))).toBe(true);
    expect(opens(server.secret, sealPurpose, sealedSecrets[0]!)).toBe(true);
    expect(digests.some((d) => d.equals(accessCodeDigest(server.secret, workspaceId, code)))).toBe(true);
    expect(unsealAccessCode(server.secret, workspaceId, access.id, Buffer.from(sealedCode))).toBe(code);
    expect(Buffer.from(sealedCode).includes(Buffer.from(code))).toBe(false);

    // The copy alone: no value in it opens a message or a secret, or confirms the right code.
    const candidates = candidateKeys(rows);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(candidate.equals(server.secret)).toBe(false);
      for (const mail of sealedMail) expect(opens(candidate, 'outbox-body', mail)).toBe(false);
      for (const secret of sealedSecrets) expect(opens(candidate, sealPurpose, secret)).toBe(false);
      expect(unsealAccessCode(candidate, workspaceId, access.id, Buffer.from(sealedCode))).toBeNull();
      const guess = accessCodeDigest(candidate, workspaceId, code);
      expect(digests.some((d) => d.equals(guess))).toBe(false);
    }
  });

  it('starts again with the same key, and refuses to start with another one', async () => {
    const { dataDir, database } = await place();
    const keyFile = join(dataDir, 'instance.key');
    const first = await boot({ database, blobDir: join(dataDir, 'blobs'), keyFile });
    const key = Buffer.from(first.secret);
    await first.close();

    const again = await boot({ database, blobDir: join(dataDir, 'blobs'), keyFile });
    expect(again.secret.equals(key)).toBe(true);
    await again.close();

    // A second machine without the key file, or a changed FOYER_SECRET, would read every
    // sealed secret as unreadable and every code as wrong: it does not start at all.
    const elsewhere = join(dataDir, 'other.key');
    await expect(bootServer({ database, blobDir: join(dataDir, 'blobs'), keyFile: elsewhere })).rejects.toThrow(/not the instance key this database was used with/);
    await expect(bootServer({ database, blobDir: join(dataDir, 'blobs'), secret: randomBytes(32).toString('hex') })).rejects.toThrow(/FOYER_SECRET is not the instance key/);
    const shared = await boot({ database, blobDir: join(dataDir, 'blobs'), secret: key.toString('hex') });
    expect(shared.secret.equals(key)).toBe(true);

    await writeFile(join(dataDir, 'loose.key'), `${key.toString('hex')}\n`, { mode: 0o644 });
    await expect(bootServer({ database, blobDir: join(dataDir, 'blobs'), keyFile: join(dataDir, 'loose.key') })).rejects.toThrow(/readable by others/);
  });

  it('moves the key an older database kept inside it to the key file, and still reads what it sealed', async () => {
    const { dataDir, database } = await place();
    // A database as the version before left it: migrated that far, its key in instance_secrets.
    const old = createDb(database);
    const before = migrations.findIndex(([name]) => name === '029_instance_key_outside_database');
    await old.migrate.latest({
      migrationSource: {
        getMigrations: async () => migrations.slice(0, before),
        getMigrationName: ([name]) => name,
        getMigration: async ([, migration]) => migration,
      },
    });
    const legacy = randomBytes(32);
    await old('instance_secrets').insert({ name: 'main', value: legacy });
    await old('outbox').insert({
      id: '00000000-0000-4000-8000-000000000001',
      to_address: 'anna@example.com',
      subject: 'Your code',
      body_sealed: sealMessageBody(legacy, 'Your code is k7pm-3xqa'),
      transport: 'outbox',
      created_at: new Date(),
    });
    await old.destroy();

    // FOYER_SECRET naming another key is refused before anything changes.
    await expect(bootServer({ database, blobDir: join(dataDir, 'blobs'), secret: randomBytes(32).toString('hex') })).rejects.toThrow(/FOYER_SECRET is another key/);

    const keyFile = join(dataDir, 'instance.key');
    const server = await boot({ database, blobDir: join(dataDir, 'blobs'), keyFile });
    expect(server.secret.equals(legacy)).toBe(true);
    expect(Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'hex').equals(legacy)).toBe(true);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect(await server.db.schema.hasTable('instance_secrets')).toBe(false);
    const [message] = await outboxMessages(server, { to: 'anna@example.com' });
    expect(message?.body).toBe('Your code is k7pm-3xqa');
  });
});
