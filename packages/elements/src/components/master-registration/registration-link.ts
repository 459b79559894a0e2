import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { deadMasterLinkOf } from '../../internal/dead-master-link.js';
import { forgetFragmentToken, fragmentToken } from '../../internal/fragment-token.js';
import { errorSentenceWithWait } from '../../internal/messages.js';
import type { Stage } from './registration-stage.js';

/** Where the registration's mailed link puts its token: `#master-registration=…`. */
const fragmentName = 'master-registration';

/** The element the mailed link opens: the token it holds, and what it shows of the link. */
export interface RegistrationLinkHost extends ReactiveControllerHost {
  connection: FoyerConnection | undefined;
  token: string;
  stage: Stage;
  error: string;
  passwordValid: boolean;
  passwordError: string;
}

export interface RegistrationLinkOptions {
  /** The token was taken away after its link was shown: back to step 1. */
  restart: () => void;
}

/**
 * The registration's mailed link: its token, from `token` or from the page address's
 * `#master-registration=…` (also when the link is pasted into the address bar of the page
 * already open), and what the server says of it: whom the master account is for, with the
 * password's rules, or why the link no longer works.
 */
export class RegistrationLink implements ReactiveController {
  readonly #host: RegistrationLinkHost;
  readonly #o: RegistrationLinkOptions;
  /** The server and token the link was last described for. */
  #describedFor = '';

  constructor(host: RegistrationLinkHost, options: RegistrationLinkOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#handleHashChange);
    if (!this.#host.token) this.#host.token = fragmentToken(fragmentName);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  /** A link pasted into the address bar of the page already open opens here too. */
  readonly #handleHashChange = (): void => {
    const token = fragmentToken(fragmentName);
    if (token && token !== this.#host.token) this.#host.token = token;
  };

  /** Called from the host's willUpdate: a new token (or server) is described; a token taken away restarts. */
  willUpdate(tokenChanged: boolean): void {
    const host = this.#host;
    const c = host.connection;
    if (tokenChanged && !host.token && this.#describedFor) {
      this.#describedFor = '';
      this.#o.restart();
    }
    const key = c && host.token ? `${c.server}\n${host.token}` : '';
    if (key && key !== this.#describedFor) {
      this.#describedFor = key;
      host.stage = { kind: 'checking' };
      void this.describe();
    }
  }

  /** Asks the server about the link; with `keepStage`, the password page shown keeps what was typed and only its rules change. */
  async describe(token = this.#host.token, keepStage = false): Promise<void> {
    const host = this.#host;
    const c = host.connection;
    if (!c || !token) return;
    try {
      const link = await c.api.master.describeRegistration.query({ token });
      if (token !== host.token) return;
      if (keepStage && host.stage.kind === 'password') host.stage = { kind: 'password', link };
      else {
        host.passwordValid = false;
        host.passwordError = '';
        host.stage = { kind: 'password', link };
      }
    } catch (error) {
      if (token !== host.token) return;
      const info = describeError(error);
      const dead = deadMasterLinkOf(info);
      host.error = dead ? '' : errorSentenceWithWait(info);
      host.stage = dead ? { kind: 'dead', code: dead } : { kind: 'unreachable' };
    }
  }

  readonly handleCheckAgain = (): void => {
    this.#host.stage = { kind: 'checking' };
    this.#host.error = '';
    void this.describe();
  };

  /** The link is spent: its token leaves the page address. */
  forget(): void {
    forgetFragmentToken(fragmentName);
  }

  /** No link any more: its token leaves the page address, and a link given again is described afresh. */
  reset(): void {
    forgetFragmentToken(fragmentName);
    this.#describedFor = '';
  }
}
