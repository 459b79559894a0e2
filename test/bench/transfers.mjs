// What the benchmarks that move files share: a download measured to its last byte, and the median.
import { performance } from 'node:perf_hooks';

export const round = (n, places = 3) => Math.round(n * 10 ** places) / 10 ** places;
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const megabytes = (bytes) => bytes / 1024 / 1024;

/** Downloads `url` to the end; its bytes and MB/s. */
export async function download(url, token) {
  const started = performance.now();
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  const seconds = (performance.now() - started) / 1000;
  return { bytes, seconds: round(seconds), mbPerSec: round(megabytes(bytes) / seconds, 1) };
}
