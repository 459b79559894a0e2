#!/usr/bin/env node
import { resolve } from 'node:path';
import { createApp } from './app.js';
import { bootOptionsFromEnv, bootServer } from './bootstrap.js';
import { pruneExpired } from './security/housekeeping.js';

const usage = `foyer serve [--port 3000]   start the server (DATABASE_URL, or the embedded database in ./.data)
foyer migrate               bring the database to the latest migration
foyer prune                 remove expired sessions and old guessing counters (serve does this hourly)`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const dataDir = resolve(process.env.FOYER_DATA_DIR ?? '.data');
  if (command === 'migrate') {
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    await server.close();
    console.log('foyer: database is at the latest migration');
    return;
  }
  if (command === 'prune') {
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const pruned = await pruneExpired(server.db, server.clock.now());
    await server.close();
    console.log(`foyer: removed ${pruned.sessions} sessions and ${pruned.counters} counters`);
    return;
  }
  if (command === 'serve') {
    const portFlag = rest.indexOf('--port');
    const port = Number(portFlag >= 0 ? rest[portFlag + 1] : (process.env.PORT ?? 3000));
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const origins = process.env.FOYER_ALLOWED_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);
    const app = createApp(server, { allowedOrigins: origins?.length ? origins : '*', trustProxy: process.env.FOYER_TRUST_PROXY === '1' });
    app.listen(port, () => console.log(`foyer: serving on http://localhost:${port}/api`));
    setInterval(() => void pruneExpired(server.db, server.clock.now()).catch((e) => console.error('foyer: prune failed', e)), 60 * 60_000).unref();
    return;
  }
  console.log(usage);
  process.exitCode = command ? 1 : 0;
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
