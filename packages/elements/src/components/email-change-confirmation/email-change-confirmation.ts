import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { errorSentenceWithWait } from '../../internal/messages.js';
import { linkPageStyles } from '../../internal/link-page.styles.js';
import { LinkTokenController } from '../../internal/link-token-controller.js';
import { deadAccountLinkOf, renderSignIn, type DeadAccountLink } from '../../internal/account-page.js';

/**
 * @summary The page of the link mailed to a new email address (`token-from-link` reads
 * `#email-change=…` from the page address, or set `token`). It says what confirming does and
 * changes the address when the person confirms: the account signs in with the new address from
 * now on, and every other session of it ends (a session of the same account on this page stays).
 * Then it names the new address and offers to sign in with it. An expired or used link says
 * what to do instead. Without a link it shows nothing, so it can sit on the operator's account
 * page beside `<password-reset>` and `<account-sign-up>`.
 *
 * The person confirms with a button rather than by opening the page: mail scanners that open
 * links must not change anyone's address.
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own.
 *
 * @csspart heading - The heading; it takes focus when the page changes.
 * @csspart status - The sentence once the address is changed.
 * @csspart error - Why the link was refused.
 * @csspart button - "Confirm the new address".
 * @csspart sign-in - The `<foyer-sign-in>` shown once the address is changed (who is signed in,
 *   or the form to sign in with the new address); its own parts are exported with a `sign-in-` prefix.
 * @csspart sign-in-form - The sign-in's form.
 * @csspart sign-in-label - The sign-in's labels.
 * @csspart sign-in-input - The sign-in's fields.
 * @csspart sign-in-button - The sign-in's buttons.
 * @csspart sign-in-error - Why a sign-in was refused.
 * @csspart sign-in-status - The sign-in's line that names who is signed in.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--form-max-width=32rem] - The text's widest extent.
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 */
export class EmailChangeConfirmation extends LitElement {
  static {
    EmailChangeConfirmation.addInitializer(updateWhenLocaleChanges);
    EmailChangeConfirmation.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    tokenFromLink: { type: Boolean, attribute: 'token-from-link' },
    busy: { state: true },
    error: { state: true },
    dead: { state: true },
    changedTo: { state: true },
  };

  static override styles = linkPageStyles;

  /** The nearest provider's connection. */
  connection: FoyerConnection | undefined = undefined;

  /** The token of the link mailed to the new address, when the page reads it itself. */
  token = '';

  /**
   * Read the token from the page address's `#email-change=…` fragment, where the mailed link
   * puts it; once the address is changed (or the link is of no use), it leaves the address.
   */
  tokenFromLink = false;

  busy = false;
  error = '';
  dead: DeadAccountLink | null = null;
  /** The address the account signs in with now, once confirmed. */
  changedTo = '';

  readonly #link = new LinkTokenController(this, 'email-change');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tokenFromLink')) this.#link.read();
    if (changed.has('token') && changed.get('token') !== undefined) {
      // Another link opened on the page already open: its own page, from the start.
      this.dead = null;
      this.changedTo = '';
      this.error = '';
    }
  }

  async #handleConfirm(): Promise<void> {
    const c = this.connection;
    const token = this.token;
    if (!c || !token || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const identity = await c.api.identity.confirmEmailChange.mutate({ token });
      this.#link.forget();
      this.changedTo = identity.email;
    } catch (error) {
      const info = describeError(error);
      this.dead = deadAccountLinkOf(info);
      if (this.dead) this.#link.forget();
      else this.error = errorSentenceWithWait(info);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    if (this.changedTo || this.dead) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    if (this.changedTo) {
      return html`
        <h2 part="heading" tabindex="-1">${msg('Your email address is changed')}</h2>
        <p part="status" role="status" class="who">${msg(str`Your account signs in with ${this.changedTo} from now on. Every other session of it was signed out.`)}</p>
        ${renderSignIn()}
      `;
    }
    if (this.dead) return this.#renderDeadLink(this.dead);
    if (!this.token) return nothing;
    return html`
      <h2 part="heading" tabindex="-1">${msg('Confirm your new email address')}</h2>
      <p>${msg('Your account asked to sign in with the address this link was sent to, instead of its current one. Confirming signs you out everywhere else.')}</p>
      <p>${msg('If you did not ask for this, do not confirm: your account keeps its address. Sign in and change your password instead.')}</p>
      <p part="error" class="error" role="alert">${this.error}</p>
      <button part="button" type="button" ?disabled=${this.busy} @click=${this.#handleConfirm}>${this.busy ? msg('Confirming…') : msg('Confirm the new address')}</button>
    `;
  }

  #renderDeadLink(why: DeadAccountLink): TemplateResult {
    const [heading, sentence] =
      why === 'expired'
        ? [
            msg('This link has expired'),
            msg('Links to confirm a new address work for a limited time. Sign in with your current address and ask for the change again: a new link will be sent.'),
          ]
        : [
            msg('This link does not work'),
            msg('It may have been used already, replaced by a newer request, or not copied whole. If your address was changed already, sign in with the new one.'),
          ];
    return html`
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <p part="error" class="error" role="alert">${sentence}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'email-change-confirmation': EmailChangeConfirmation;
  }
}
