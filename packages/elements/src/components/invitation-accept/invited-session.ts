import type { ReactiveControllerHost } from 'lit';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { FoyerSignIn } from '../foyer-sign-in/foyer-sign-in.js';

/** Who the provider's session is: undefined while the server is asked, null for nobody. */
export type SignedInAs = { email: string; name: string | null } | null | undefined;

/** The invitation's element: the provider's connection, and who it shows is signed in. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    connection: FoyerConnection | undefined;
    signedInAs: SignedInAs;
  };

/**
 * Finds out who the provider's session is, for an invitation to an address that has an
 * account, and asks again whenever the session changes. Focus follows a sign-in made in the
 * element on to Accept, and a sign-out made there back to the sign-in form. The element calls
 * `check()` as it updates; nothing else of its life concerns this.
 */
export class InvitedSession {
  readonly #host: Host;
  /** The provider's token `signedInAs` was asked for; undefined before it was asked. */
  #sessionFor: string | null | undefined = undefined;
  /** Set by a sign-in made in this element: once the session is known, focus goes on to Accept. */
  #focusAfterSignIn = false;

  constructor(host: Host) {
    this.#host = host;
  }

  /** Asks the server unless it was asked about the provider's session as it is now. */
  check(): void {
    const c = this.#host.connection;
    if (c && c.token !== this.#sessionFor) void this.#ask();
  }

  /** Forgets what the server said: the next update asks again. */
  forget(): void {
    this.#sessionFor = undefined;
  }

  /** Someone signed in through this element's sign-in. */
  signedIn(): void {
    this.#focusAfterSignIn = true;
  }

  /**
   * Asks the server who the provider's session is. Nobody, or a session that is not a person's
   * (a client's code), shows the sign-in; a session that was signed out here shows it with focus.
   */
  async #ask(): Promise<void> {
    const host = this.#host;
    const c = host.connection;
    if (!c) return;
    const token = c.token;
    const before = host.signedInAs;
    this.#sessionFor = token;
    let found: SignedInAs = null;
    if (token && (c.sessionKind === 'identity' || c.sessionKind === 'unknown')) {
      host.signedInAs = undefined;
      try {
        found = (await c.api.identity.me.query()).identity;
      } catch {
        // An ended session signs in again; the <foyer-sign-in> clears it from the provider.
        found = null;
      }
      if (host.connection?.token !== token) return;
    }
    host.signedInAs = found ? { email: found.email, name: found.name } : null;
    await host.updateComplete;
    if (this.#focusAfterSignIn) {
      this.#focusAfterSignIn = false;
      (host.renderRoot.querySelector<HTMLElement>('button[part="button"]') ?? host.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
    } else if (before && !found) {
      // Signed out here: the sign-in form takes the place of the button that had focus.
      const signIn = host.renderRoot.querySelector<FoyerSignIn>('foyer-sign-in');
      await signIn?.updateComplete;
      signIn?.focus();
    }
  }
}
