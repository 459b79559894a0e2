import type { Overview } from '@foyer/schema';

/** How a call came: on its own (`?input=`), or as a batch of one (`?batch=1`), as the elements send it. */
export type OverviewWireForm = 'single' | 'batch';

/**
 * The overview's answer as tRPC puts it on the wire (`{"result":{"data":…}}`, inside a list for
 * a batch), serialized once per overview the cache holds. An overview of 200 galleries is some
 * 50 KB of JSON: serializing and encoding it again on every call cost more than everything else
 * the call does.
 */
const bodies = new WeakMap<Overview, Partial<Record<OverviewWireForm, Buffer>>>();

export function overviewBody(overview: Overview, form: OverviewWireForm): Buffer {
  let kept = bodies.get(overview);
  if (!kept) bodies.set(overview, (kept = {}));
  if (!kept[form]) {
    const answer = JSON.stringify({ result: { data: overview } });
    kept[form] = Buffer.from(form === 'batch' ? `[${answer}]` : answer, 'utf8');
  }
  return kept[form];
}
