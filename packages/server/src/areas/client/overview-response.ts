import type { Overview } from '@foyer/schema';

/**
 * The overview's answer as tRPC puts it on the wire (`{"result":{"data":…}}`), serialized once
 * per overview the cache holds. An overview of 200 galleries is some 50 KB of JSON: serializing
 * and encoding it again on every call cost more than everything else the call does.
 */
const bodies = new WeakMap<Overview, Buffer>();

export function overviewResponseBody(overview: Overview): Buffer {
  let body = bodies.get(overview);
  if (!body) {
    body = Buffer.from(JSON.stringify({ result: { data: overview } }), 'utf8');
    bodies.set(overview, body);
  }
  return body;
}
