import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Knex } from 'knex';

/**
 * Where the instance key — the key of keyed hashes, signed links and sealed secrets — comes
 * from. Never the database: whoever holds a copy of it must not unseal the outbox or a TOTP
 * secret, nor check a code guess offline.
 *
 * - `secret`: FOYER_SECRET, hex, 32 bytes or more. Instances behind one load balancer share it.
 * - `keyFile`: a file the key is made in on first start (mode 0600), e.g. `<data>/instance.key`.
 * - neither: a key made in memory for this process, for a database that ends with it (tests,
 *   the in-memory demo). A database that outlives it refuses the next start, by its fingerprint.
 */
export interface KeyPlace {
  secret?: string;
  keyFile?: string;
}

const keyBytes = 32;

function parseKey(text: string, where: string): Buffer {
  const hex = text.trim();
  if (!/^[0-9a-f]{64,}$/i.test(hex) || hex.length % 2 !== 0) throw new Error(`${where} must hold at least 64 hex digits (32 bytes)`);
  return Buffer.from(hex, 'hex');
}

async function readKeyFile(path: string): Promise<Buffer | null> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Like ssh with a private key: a key others on the machine can read is not kept secret.
  if ((mode & 0o077) !== 0) throw new Error(`foyer: the instance key file ${path} is readable by others; run chmod 600 ${path}`);
  return parseKey(await readFile(path, 'utf8'), `the instance key file ${path}`);
}

async function writeKeyFile(path: string, key: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // `wx`: two instances starting at once on one folder never overwrite each other's key.
  await writeFile(path, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
}

/** A new key in a new file; if another instance made the file first, that one's key. */
async function makeKeyFile(path: string): Promise<Buffer> {
  const key = randomBytes(keyBytes);
  try {
    await writeKeyFile(path, key);
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readKeyFile(path))!;
  }
}

/**
 * Databases from before the key left them hold it in `instance_secrets`. Run before migrating:
 * the key goes to the key file (or must equal FOYER_SECRET), so the migration that drops the
 * table loses nothing. Refuses, changing nothing, when the key has nowhere to go or differs.
 */
export async function moveKeyOutOfDatabase(db: Knex, place: KeyPlace): Promise<void> {
  if (!(await db.schema.hasTable('instance_secrets'))) return;
  const row = await db('instance_secrets').select('value').where({ name: 'main' }).first();
  if (!row) return;
  const legacy = Buffer.from(row.value);
  if (place.secret) {
    if (!parseKey(place.secret, 'FOYER_SECRET').equals(legacy)) {
      throw new Error(
        'foyer: this database was used with an instance key kept in the database, and FOYER_SECRET is another key. Unset FOYER_SECRET once so the key moves to the key file, or set FOYER_SECRET to that key.',
      );
    }
  } else if (place.keyFile) {
    const existing = await readKeyFile(place.keyFile);
    if (existing && !existing.equals(legacy)) throw new Error(`foyer: ${place.keyFile} holds another key than the one this database was used with; move that file away and start again`);
    if (!existing) await writeKeyFile(place.keyFile, legacy);
  } else {
    throw new Error('foyer: this database keeps its instance key inside it; start with a key file or FOYER_SECRET so the key can move out');
  }
  await db('instance_secrets').where({ name: 'main' }).delete();
}

function fingerprintOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update('foyer instance key fingerprint').digest();
}

/**
 * The instance key, from its place. The database keeps the key's fingerprint: an instance
 * started with another key (a second machine without the key file, a changed FOYER_SECRET)
 * refuses to start, where it would otherwise fail every code and sealed secret one by one.
 */
export async function loadInstanceSecret(db: Knex, place: KeyPlace = {}): Promise<Buffer> {
  let key: Buffer;
  if (place.secret) {
    key = parseKey(place.secret, 'FOYER_SECRET');
  } else if (place.keyFile) {
    key = (await readKeyFile(place.keyFile)) ?? (await makeKeyFile(place.keyFile));
  } else {
    key = randomBytes(keyBytes);
  }
  const fingerprint = fingerprintOf(key);
  await db('instance_key_fingerprint').insert({ id: 1, fingerprint, created_at: new Date() }).onConflict('id').ignore();
  const row = await db('instance_key_fingerprint').select('fingerprint').where({ id: 1 }).first();
  if (!timingSafeEqual(Buffer.from(row.fingerprint), fingerprint)) {
    throw new Error(
      place.secret
        ? 'foyer: FOYER_SECRET is not the instance key this database was used with'
        : place.keyFile
          ? `foyer: ${place.keyFile} is not the instance key this database was used with; copy the key file (or set FOYER_SECRET) from the instance that made it`
          : 'foyer: this database was used with an instance key this server was not given; set FOYER_SECRET or the key file',
    );
  }
  return key;
}
