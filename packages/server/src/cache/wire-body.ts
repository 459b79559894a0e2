/** How a query came: on its own (`?input=`), or as a batch of one (`?batch=1`), as the elements send it. */
export type WireForm = 'single' | 'batch';

/**
 * A kept answer as tRPC puts it on the wire (`{"result":{"data":…}}`, inside a list for a
 * batch), serialized once per answer the cache holds. An overview of 200 galleries is some
 * 50 KB of JSON, a year of ten accounts' sales a few hundred: serializing and encoding them
 * again on every call cost more than everything else the call does.
 */
const bodies = new WeakMap<object, Partial<Record<WireForm, Buffer>>>();

export function wireBody(answer: object, form: WireForm): Buffer {
  let kept = bodies.get(answer);
  if (!kept) bodies.set(answer, (kept = {}));
  if (!kept[form]) {
    const json = JSON.stringify({ result: { data: answer } });
    kept[form] = Buffer.from(form === 'batch' ? `[${json}]` : json, 'utf8');
  }
  return kept[form];
}
