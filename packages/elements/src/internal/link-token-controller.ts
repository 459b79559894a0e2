import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { forgetFragmentToken, fragmentToken } from './fragment-token.js';

/** An element that takes the token of a mailed link as `token`, or reads it from the address with `token-from-link`. */
interface LinkTokenHost extends ReactiveControllerHost {
  token: string;
  tokenFromLink: boolean;
}

/**
 * Reads a mailed link's token from the page address's fragment (`#password-reset=…`) for an
 * element with `token-from-link`, once connected and whenever the fragment changes (a link
 * pasted into the address bar of the page already open). Each element reads only its own
 * fragment name, so the elements for several kinds of link share one page. A token the page
 * set itself is left alone.
 */
export class LinkTokenController implements ReactiveController {
  readonly #host: LinkTokenHost;
  readonly #name: string;

  constructor(host: LinkTokenHost, name: string) {
    this.#host = host;
    this.#name = name;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#handleHashChange);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  /** Takes the fragment's token when the element reads it and holds none yet; also after `token-from-link` is set late. */
  read(): void {
    if (!this.#host.tokenFromLink || this.#host.token) return;
    const token = fragmentToken(this.#name);
    if (token) this.#host.token = token;
  }

  /** Removes the token from the address once its link was used or is of no use: not from a bookmark or the history of the page. */
  forget(): void {
    if (this.#host.tokenFromLink) forgetFragmentToken(this.#name);
  }

  readonly #handleHashChange = (): void => {
    if (!this.#host.tokenFromLink) return;
    const token = fragmentToken(this.#name);
    if (token && token !== this.#host.token) this.#host.token = token;
  };
}
