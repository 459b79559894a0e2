import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * The key for keyed hashes and signed links. `FOYER_SECRET` (hex, 32 bytes or more) sets it;
 * otherwise one is made once and kept in the database, so every instance shares it.
 */
export async function loadInstanceSecret(db: Knex, fromEnv?: string): Promise<Buffer> {
  if (fromEnv) {
    if (!/^[0-9a-f]{64,}$/i.test(fromEnv)) throw new Error('FOYER_SECRET must be at least 64 hex digits');
    return Buffer.from(fromEnv, 'hex');
  }
  await db('instance_secrets')
    .insert({ name: 'main', value: randomBytes(32) })
    .onConflict('name')
    .ignore();
  const row = await db('instance_secrets').select('value').where({ name: 'main' }).first();
  return Buffer.from(row.value);
}
