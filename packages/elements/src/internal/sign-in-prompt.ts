import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../context/foyer-context.js';
import { sessionEnded } from './messages.js';

export interface SignInPromptOptions {
  /** The provider's connection the element loads with. */
  connection: () => FoyerConnection | undefined;
  /**
   * Where focus goes after someone signed in through this element's prompt, once the element
   * shows what it loaded: undefined while it still loads, null when nothing there takes focus.
   */
  focusTarget: () => HTMLElement | null | undefined;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Controls a keyboard reaches, in the order it reaches them. */
const controls = 'input:not([type="hidden"]), select, textarea, button, a[href], [tabindex="0"]';

/** The first enabled control in `root`, for the focus after a sign-in. */
export function firstControl(root: ParentNode | null | undefined): HTMLElement | null {
  for (const el of root?.querySelectorAll<HTMLElement>(controls) ?? []) {
    if (!(el as HTMLInputElement).disabled && !el.closest('[hidden], [inert]')) return el;
  }
  return null;
}

/**
 * What an element that needs a signed-in person shows without one. Nobody signed in, a session
 * that ended, or a session that is not a person's (a client's code) is not a failure of the
 * element: it says in a plain sentence what signing in shows ("Sign in to see the contacts.")
 * and holds the page's own way to sign in, slotted as `sign-in` (a `<foyer-sign-in>`, or a
 * link to the site's sign-in page). The provider's new session reloads the element; after a
 * sign-in made in this prompt, focus moves to the element's first useful control once its data
 * is there, since the form the person was in is gone. A sign-in elsewhere on the page, or a
 * page loaded with a session, moves no focus.
 */
export class SignInPrompt implements ReactiveController {
  readonly #host: Host;
  readonly #o: SignInPromptOptions;
  /** The token the server refused as nobody's session; the prompt shows until the token changes. */
  #refusedToken: string | null = null;
  /** Set by a sign-in made in this prompt, until focus moved. */
  #focusAfterSignIn = false;
  /** Whether the update under way rendered the prompt. */
  #shown = false;

  constructor(host: Host, options: SignInPromptOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /**
   * Takes the refusal of a load made with `token`: true when it means nobody who may see this
   * is signed in, so the element shows this prompt rather than an error.
   */
  refused(info: FoyerErrorInfo, token: string | null | undefined): boolean {
    if (!needsSignIn(info)) return false;
    this.#refusedToken = token ?? null;
    this.#host.requestUpdate();
    return true;
  }

  /**
   * Whether the element shows the prompt: inside a provider, with nobody signed in, with a
   * session the server refused, or while `error` (a refusal the element keeps itself) is one.
   */
  needed(error?: FoyerErrorInfo | null): boolean {
    const c = this.#o.connection();
    if (!c) return false;
    return !c.token || (this.#refusedToken !== null && c.token === this.#refusedToken) || (error ? needsSignIn(error) : false);
  }

  /** The sentence and the page's sign-in, slotted as `sign-in`. */
  render(sentence: string): TemplateResult {
    this.#shown = true;
    return html`
      <div part="sign-in" class="sign-in" @foyer-signed-in=${this.#handleSignedIn}>
        <p part="sign-in-message" role="status">${sentence}</p>
        <slot name="sign-in"></slot>
      </div>
    `;
  }

  hostUpdate(): void {
    this.#shown = false;
  }

  hostUpdated(): void {
    if (!this.#focusAfterSignIn || this.#shown) return;
    const target = this.#o.focusTarget();
    if (target === undefined) return;
    this.#focusAfterSignIn = false;
    // Focus the person has since put elsewhere on the page stays there.
    const active = document.activeElement;
    if (active && active !== document.body && active !== this.#host && !this.#host.contains(active)) return;
    target?.focus();
  }

  readonly #handleSignedIn = (): void => {
    this.#focusAfterSignIn = true;
  };
}

/** Whether a refusal means that nobody who may see this is signed in: none, an ended session, a client's. */
export function needsSignIn(info: FoyerErrorInfo): boolean {
  return sessionEnded(info);
}
