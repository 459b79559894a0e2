import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startTestServer, type TestServer } from '../test-support/databases.js';
import { migrations } from './migrate.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Landed migrations are never edited (their checksums are pinned below), and the schema they
 * build is pinned in schema-snapshot.json: a schema change without a new migration fails here.
 * After adding a migration, run this file once with FOYER_UPDATE_SNAPSHOT=1: it pins the new
 * migration's checksum and refreshes the snapshot.
 */
const pinned: Record<string, string> = JSON.parse(readFileSync(here('./migrations.lock.json'), 'utf8'));

describe('migrations', () => {
  it('are never edited once landed', () => {
    const actual = Object.fromEntries(
      migrations.map(([name]) => [
        name,
        createHash('sha256')
          .update(readFileSync(here(`./migrations/${name}.ts`)))
          .digest('hex')
          .slice(0, 16),
      ]),
    );
    for (const [name, checksum] of Object.entries(pinned)) expect(actual[name], name).toBe(checksum);
    if (process.env.FOYER_UPDATE_SNAPSHOT === '1') {
      // Pins the migrations added since; the ones already pinned stay as they are.
      writeFileSync(here('./migrations.lock.json'), `${JSON.stringify({ ...actual, ...pinned }, null, 2)}\n`);
      return;
    }
    expect(Object.keys(actual)).toEqual(Object.keys(pinned));
  });
});

describe.each(databaseKinds)('the migrated schema on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('matches the pinned snapshot', async () => {
    const { rows } = await server.deps.db.raw(
      `select table_name, column_name, data_type, is_nullable from information_schema.columns
        where table_schema = current_schema() and table_name not like 'knex_%'
        order by table_name, column_name`,
    );
    const snapshot: Record<string, string[]> = {};
    for (const r of rows as Array<Record<string, string>>) {
      (snapshot[r.table_name!] ??= []).push(`${r.column_name} ${r.data_type}${r.is_nullable === 'NO' ? ' not null' : ''}`);
    }
    const { rows: indexes } = await server.deps.db.raw(`select indexname from pg_indexes where schemaname = current_schema() and tablename not like 'knex_%' order by indexname`);
    snapshot['(indexes)'] = (indexes as Array<{ indexname: string }>).map((i) => i.indexname);
    if (process.env.FOYER_UPDATE_SNAPSHOT === '1') {
      writeFileSync(here('./schema-snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`);
    }
    expect(snapshot).toEqual(JSON.parse(readFileSync(here('./schema-snapshot.json'), 'utf8')));
  });

  it('puts workspace_id on every tenant table', async () => {
    const { rows } = await server.deps.db.raw(
      `select table_name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'knex_%'
          and table_name not in (select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'workspace_id')`,
    );
    // Tables that belong to no single workspace: people (their recovery codes, their sign-up and
    // email links), their sessions, guessing counters, the instance key's fingerprint.
    expect((rows as Array<{ table_name: string }>).map((r) => r.table_name).sort()).toEqual([
      'account_links',
      'guess_counters',
      'identities',
      'instance_key_fingerprint',
      'recovery_codes',
      'workspaces',
    ]);
  });
});
