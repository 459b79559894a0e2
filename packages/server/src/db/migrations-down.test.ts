import type { Knex } from 'knex';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrate.js';

describe('undoing migrations', () => {
  it('refuses to undo 029: the instance key left the database, and an older version would start with a new one', async () => {
    const moveKeyOut = new Map(migrations).get('029_instance_key_outside_database')!;
    // It refuses before it touches the database: nothing is dropped or recreated.
    const untouchable = new Proxy({}, { get: () => expect.fail('the migration used the database') }) as unknown as Knex;
    await expect(moveKeyOut.down(untouchable)).rejects.toThrow('Migration 029 cannot be undone');
  });
});
