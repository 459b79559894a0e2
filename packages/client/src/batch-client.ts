// A small tRPC client for browsers: it speaks exactly the requests of tRPC's httpBatchLink
// (calls made in one tick share one `?batch=1` request, queries as GET with `input=` in the
// query string, mutations as POST with a JSON body), so the server sees no difference, at a
// fraction of @trpc/client's weight in an element's page. No transformer, no subscriptions,
// no links: Foyer's API needs none of them.

/** A call refused by the server (with its error shape) or one that never got an answer. */
export class FoyerCallError extends Error {
  /** The server's error shape, `{ message, code, data }`; undefined when no answer came. */
  readonly shape: { message: string; code: number; data?: unknown } | undefined;
  /** The shape's `data`, where the server puts `appCode`, `fieldErrors` and `details`. */
  readonly data: unknown;

  constructor(message: string, options: { shape?: FoyerCallError['shape']; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'FoyerCallError';
    this.shape = options.shape;
    this.data = options.shape?.data;
  }
}

export interface BatchClientOptions {
  /** The tRPC endpoint, without a trailing slash: `https://studio.example/api/trpc`. */
  url: string;
  fetch?: typeof globalThis.fetch | undefined;
  /** Read once per request, so a new token takes effect with the next call. */
  headers: () => Record<string, string>;
}

type CallType = 'query' | 'mutation';

interface PendingCall {
  path: string;
  input: unknown;
  resolve: (data: unknown) => void;
  reject: (error: FoyerCallError) => void;
}

/**
 * The last answers the server gave with a version (ETag), per request and credential, so the
 * same request can ask whether its copy is still current and be answered 304 Not Modified
 * instead of the whole answer again. Held in memory only, a few at a time.
 */
class KeptCopies {
  readonly #copies = new Map<string, { etag: string; answer: unknown }>();
  constructor(readonly max = 20) {}

  get(key: string) {
    return this.#copies.get(key);
  }

  set(key: string, copy: { etag: string; answer: unknown }): void {
    this.#copies.delete(key);
    this.#copies.set(key, copy);
    if (this.#copies.size > this.max) this.#copies.delete(this.#copies.keys().next().value!);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The untyped core: `call('query', 'galleries.list', input)` resolves with the procedure's data. */
export function createBatchCaller(options: BatchClientOptions) {
  const waiting: Record<CallType, PendingCall[]> = { query: [], mutation: [] };
  const copies = new KeptCopies();

  async function send(type: CallType, calls: PendingCall[]): Promise<void> {
    // The batch's inputs keyed by position, as httpBatchLink writes them: `{"0":…,"1":…}`.
    const inputs = JSON.stringify(Object.fromEntries(calls.map((call, index) => [index, call.input])));
    let url = `${options.url}/${calls.map((call) => call.path).join(',')}?batch=1`;
    if (type === 'query') url += `&input=${encodeURIComponent(inputs)}`;
    const headers = options.headers();
    const hasContentType = Object.keys(headers).some((key) => key.toLowerCase() === 'content-type');
    const init: RequestInit = {
      method: type === 'query' ? 'GET' : 'POST',
      body: type === 'query' ? undefined : inputs,
      headers: type === 'query' || hasContentType ? headers : { 'content-type': 'application/json', ...headers },
    };
    // A query answered with a version before (the overview) asks whether its copy is still current.
    const copyKey = type === 'query' ? `${JSON.stringify(headers)} ${url}` : null;
    const copy = copyKey ? copies.get(copyKey) : undefined;
    if (copy) init.headers = { ...(init.headers as Record<string, string>), 'if-none-match': copy.etag };
    let answer: unknown;
    try {
      const response = await (options.fetch ? options.fetch(url, init) : fetch(url, init));
      if (response.status === 304 && copy) {
        answer = copy.answer;
      } else {
        answer = await response.json();
        const etag = response.headers.get('etag');
        if (copyKey && etag && response.ok) copies.set(copyKey, { etag, answer });
      }
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : 'Unknown error';
      for (const call of calls) call.reject(new FoyerCallError(message, { cause }));
      return;
    }
    // One answer per call; an answer that is no list (the whole request refused) stands for each.
    const items = Array.isArray(answer) ? answer : calls.map(() => answer);
    for (const [index, call] of calls.entries()) settle(call, items[index]);
  }

  function settle(call: PendingCall, item: unknown): void {
    if (isObject(item) && isObject(item.error) && typeof item.error.code === 'number') {
      const shape = item.error as { message: string; code: number; data?: unknown };
      call.reject(new FoyerCallError(String(shape.message), { shape }));
    } else if (isObject(item) && !('error' in item) && isObject(item.result)) {
      call.resolve(item.result.data);
    } else {
      call.reject(new FoyerCallError(item === undefined ? 'Missing result' : 'Unable to transform response from server'));
    }
  }

  return function call(type: CallType, path: string, input: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const queue = waiting[type];
      queue.push({ path, input, resolve, reject });
      // The first call of a tick schedules the request; later calls of that tick join it.
      if (queue.length === 1) setTimeout(() => void send(type, queue.splice(0)));
    });
  };
}

/**
 * `api.galleries.list.query(input)` and `api.accesses.create.mutate(input)`: each property
 * read adds a path segment; calling `query` or `mutate` sends the call.
 */
export function createBatchProxy(call: ReturnType<typeof createBatchCaller>, path: readonly string[] = []): unknown {
  return new Proxy(() => {}, {
    get(_target, key) {
      // Not a thenable: `await api` must not look for `api.then`.
      if (typeof key !== 'string' || key === 'then') return undefined;
      return createBatchProxy(call, [...path, key]);
    },
    apply(_target, _this, args: unknown[]) {
      const method = path[path.length - 1];
      const procedure = path.slice(0, -1).join('.');
      if (method === 'query') return call('query', procedure, args[0]);
      if (method === 'mutate') return call('mutation', procedure, args[0]);
      throw new TypeError(`${path.join('.')} is not a query or a mutation`);
    },
  });
}
