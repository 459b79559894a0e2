// Runs every benchmark in this folder (each *.bench.mjs, so a new one is included without
// being listed) once with --smoke, one after another: a benchmark that no longer parses or
// runs fails. Expects the packages to be built (the root's `npm run bench:smoke` builds first).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const benches = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.mjs'))
  .sort();
if (benches.length === 0) throw new Error(`no *.bench.mjs in ${folder}`);

const failed = [];
for (const bench of benches) {
  const started = Date.now();
  console.log(`::: ${bench} --smoke`);
  const { status, signal } = spawnSync(process.execPath, [bench, '--smoke'], { cwd: folder, stdio: 'inherit', timeout: 300_000 });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status === 0) console.log(`::: ${bench} passed in ${seconds} s`);
  else {
    console.log(`::: ${bench} FAILED (${signal ?? `exit ${status}`}) after ${seconds} s`);
    failed.push(bench);
  }
}
if (failed.length > 0) {
  console.error(`smoke runs failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`all ${benches.length} benchmarks ran at smoke size`);
