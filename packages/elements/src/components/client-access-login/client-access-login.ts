import { LitElement, html, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { forgetFragmentToken, fragmentToken } from '../../internal/fragment-token.js';
import { errorSentence } from '../../internal/messages.js';
import { clientAccessLoginStyles } from './client-access-login.styles.js';

/**
 * @summary The place where a client enters the access code a photographer gave them, to see
 * every gallery shared with them.
 *
 * Codes are case-insensitive (the server lowercases them), and an unknown, a disabled and an
 * expired code get one and the same answer, as the server gives.
 *
 * @slot signed-in - Shown instead of the form while a client session exists (empty by
 *   default, so a `<gallery-overview>` beside it takes over).
 *
 * @event foyer-signed-in - The code was accepted; `kind` is `access`.
 *
 * @csspart form - The form.
 * @csspart label - The code field's label.
 * @csspart hint - The line under the label.
 * @csspart input - The code field.
 * @csspart error - The live region that tells why a code was refused.
 * @csspart button - The submit button.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=24rem] - The form's widest extent.
 * @cssproperty [--input-border-color=var(--foyer-color-border)]
 * @cssproperty [--input-radius=var(--foyer-radius)]
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty --code-font-family - The code field's font. Default: the element's font.
 */
export class ClientAccessLogin extends LitElement {
  static {
    ClientAccessLogin.addInitializer(updateWhenLocaleChanges);
    ClientAccessLogin.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    codeFromLink: { type: Boolean, attribute: 'code-from-link' },
    busy: { state: true },
    error: { state: true },
  };

  static override styles = clientAccessLoginStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /**
   * Take the code from the page address's `#code=…` fragment (an invitation link) and sign in
   * with it. Once it signed the client in, the code leaves the address (other fragment keys stay).
   */
  codeFromLink = false;

  busy = false;
  error = '';

  get #input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input') ?? null;
  }

  #linkRead = false;

  /** Whether the provider holds a session this element leaves to the overview. */
  get #signedIn(): boolean {
    const kind = this.connection?.sessionKind ?? null;
    return kind === 'access' || kind === 'unknown';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if ((changed.has('connection') || changed.has('codeFromLink')) && this.connection && this.codeFromLink && !this.#linkRead) {
      this.#linkRead = true;
      const code = fragmentToken('code');
      if (code && !this.#signedIn && this.#input) {
        this.#input.value = code;
        void this.#signIn(code, true);
      }
    }
  }

  /** Focuses the code field. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.#signIn(this.#input?.value.trim() ?? '');
  }

  async #signIn(code: string, fromLink = false): Promise<void> {
    const connection = this.connection;
    if (!connection || this.busy) return;
    if (!code) {
      this.error = msg('Enter your access code.');
      this.#input?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const session = await connection.api.client.signIn.mutate({ workspace: connection.workspace, code });
      connection.signIn(session.token, 'access');
      // The code did its work: it is of no use in the address bar, a bookmark or the history.
      if (fromLink) forgetFragmentToken('code');
      this.dispatchEvent(new FoyerSignedInEvent('access'));
    } catch (error) {
      const info = describeError(error);
      // A code the server refuses for its shape is just as invalid as an unknown one.
      this.error = errorSentence(info.code === 'INVALID_INPUT' ? { ...info, code: 'INVALID_CODE' } : info);
      await this.updateComplete;
      this.#input?.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    if (this.#signedIn) return html`<slot name="signed-in"></slot>`;
    const invalid = this.error ? 'true' : 'false';
    return html`
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleSubmit}>
        <div class="field">
          <label part="label" for="code">${msg('Access code')}</label>
          <p part="hint" class="hint" id="code-hint">${msg('You find it in the message with your galleries.')}</p>
          <input
            part="input"
            id="code"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="none"
            spellcheck="false"
            aria-describedby="code-hint code-error"
            aria-invalid=${invalid}
          />
          <p part="error" class="error" id="code-error" role="alert">${this.error}</p>
        </div>
        <button part="button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Opening your galleries…') : msg('Show my galleries')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'client-access-login': ClientAccessLogin;
  }
}
