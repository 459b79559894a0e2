import { msg } from '@lit/localize';

/**
 * Code of an element that only some visits need — a dialog's forms, the second factor's
 * setup — fetched by a dynamic import() the first time it is needed, so the element's entry
 * point does not carry it and a page that never opens it never loads it. Once fetched it is
 * kept for the page's life; a fetch that failed (the network went away) is tried again the
 * next time it is asked for.
 */
export class LazyPart<M> {
  /** The fetched module, or undefined while it has not arrived. */
  module: M | undefined;
  #loading: Promise<M> | undefined;
  readonly #load: () => Promise<M>;

  constructor(load: () => Promise<M>) {
    this.#load = load;
  }

  /** The part, fetched now if it has not been. Rejects when it could not be fetched. */
  get(): Promise<M> {
    this.#loading ??= this.#load().then(
      (module) => (this.module = module),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /**
   * Starts the fetch ahead of need, when the person comes near the part (the pointer over the
   * element, the focus in it), so that it opens without a wait. A failure here is silent: the
   * fetch is tried again, and said, when the part is really asked for.
   */
  prefetch = (): void => {
    this.get().catch(() => {});
  };
}

/** What an element says when a part it fetches on demand could not be fetched. */
export function partUnavailable(): string {
  return msg('This part of the page could not be loaded. Check your connection and try again.');
}
