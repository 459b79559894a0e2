// How long a wrong access code takes to refuse, for an unknown, a disabled and an expired
// code: sequential requests, so each time is one request alone, and interleaved, so drift
// in the machine's load falls on all three alike. The three must cost the same, or the
// time of the answer would tell a guesser which codes exist.
import { performance } from 'node:perf_hooks';
import { trpcSend } from './trpc-http.mjs';

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (ms) => Math.round(ms * 1000) / 1000;
  return { requests: times.length, meanMs: round(times.reduce((a, b) => a + b, 0) / times.length), p50Ms: round(at(0.5)), p99Ms: round(at(0.99)) };
}

export async function timeWrongCodes(baseUrl, handle, codes, { requests = 300, warmup = 20 } = {}) {
  const kinds = { unknown: 'bench-unknown-code', disabled: codes.disabled, expired: codes.expired };
  const times = { unknown: [], disabled: [], expired: [] };
  const unexpected = [];
  for (let i = 0; i < warmup + requests; i++) {
    for (const [kind, code] of Object.entries(kinds)) {
      const started = performance.now();
      const { status, body } = await trpcSend(baseUrl, 'mutation', 'client.signIn', { workspace: handle, code });
      const elapsed = performance.now() - started;
      if (status !== 401 || body.error?.data?.appCode !== 'INVALID_CODE') unexpected.push(`${kind}: ${status} ${body.error?.data?.appCode}`);
      if (i >= warmup) times[kind].push(elapsed);
    }
  }
  if (unexpected.length > 0) throw new Error(`wrong codes got unexpected answers: ${unexpected.slice(0, 3).join(', ')}`);
  return Object.fromEntries(Object.entries(times).map(([kind, list]) => [kind, summary(list)]));
}
