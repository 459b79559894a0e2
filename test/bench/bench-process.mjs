// The benchmarks' server process: forked from a benchmark's main module onto its own schema,
// asked over IPC for its CPU time and to drain, stopped and its schema dropped at the end.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createDb } from '@foyer/server';

export const databaseUrl = process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';

/** Creates a fresh schema, starts bench-server.mjs on it, and returns what a benchmark needs. */
export async function startBenchServer(name) {
  const schema = `bench_${name}_${randomBytes(5).toString('hex')}`;
  const admin = createDb({ kind: 'postgres', url: databaseUrl, pool: { min: 0, max: 1 } });
  await admin.raw(`create schema ${schema}`);
  const child = fork(new URL('./bench-server.mjs', import.meta.url), {
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_SCHEMA: schema },
    // BENCH_SERVER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server side.
    execArgv: (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
  });
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) => (m?.type === 'listening' ? resolve(m.port) : reject(new Error('unexpected message'))));
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const db = createDb({ kind: 'postgres', url: databaseUrl, schema, pool: { min: 0, max: 2 } });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    /** Sends the server a message and waits for its answer, for 10 s at most. */
    ask: (type, answer) => ask(child, type, answer),
    async close() {
      if (child.connected) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.send({ type: 'stop' });
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      }
      child.kill();
      await db.destroy();
      // BENCH_KEEP_SCHEMA=1 leaves the seeded data behind, to look at its plans with psql.
      if (process.env.BENCH_KEEP_SCHEMA === '1') console.log(`kept schema ${schema}`);
      else await admin.raw(`drop schema if exists ${schema} cascade`);
      await admin.destroy();
    },
  };
}

function ask(child, type, answer) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bench server did not answer ${type}`)), 10_000);
    child.on('message', function onMessage(m) {
      if (m?.type !== answer) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(m);
    });
    child.send({ type });
  });
}

/** Measures one request after a warm-up, with the server's CPU time per request. */
export async function measureOnServer(server, request, { warmUp, measure, warmupSeconds, seconds }) {
  await warmUp(request, warmupSeconds);
  // Requests left in flight when a run ends must not spill into the next one.
  await server.ask('drain', 'drained');
  const before = (await server.ask('cpu', 'cpu')).usage;
  const figures = await measure(request, seconds);
  await server.ask('drain', 'drained');
  const after = (await server.ask('cpu', 'cpu')).usage;
  const cpuMs = (after.user + after.system - before.user - before.system) / 1000;
  return { ...figures, serverCpuMsPerRequest: Math.round((cpuMs / figures.requests) * 1000) / 1000 };
}
