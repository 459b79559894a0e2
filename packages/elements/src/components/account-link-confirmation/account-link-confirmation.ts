import { LitElement, html, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { AccountLinkConfirmed } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { errorSentenceWithWait } from '../../internal/messages.js';
import { forgetFragmentToken, fragmentToken } from '../../internal/fragment-token.js';
import { linkPageStyles } from '../../internal/link-page.styles.js';
import { deadMasterLinkOf, type DeadMasterLink } from '../../internal/dead-master-link.js';

/** Where the confirmation mailed to a seller account puts its token: `#master-link=…`. */
const fragmentName = 'master-link';

/**
 * @summary The page a seller account's holder reaches from the confirmation mailed when a
 * master account asked to link the account (`#master-link=…` in the page's address, or
 * `token`). It says what linking means and links the account when the person confirms; then it
 * names the account and the master account it now belongs to. An expired or used link, or an
 * account linked elsewhere meanwhile, says what to do instead. No sign-in is needed: the link
 * is the proof.
 *
 * The person confirms with a button rather than by opening the page: mail scanners that open
 * links and run their scripts must not link an account on their own.
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own.
 *
 * @csspart heading - The heading; it takes focus when the page changes.
 * @csspart status - The sentence once the account is linked.
 * @csspart error - Why the link was refused.
 * @csspart button - "Link the account".
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--form-max-width=32rem] - The text's widest extent.
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 */
export class AccountLinkConfirmation extends LitElement {
  static {
    AccountLinkConfirmation.addInitializer(updateWhenLocaleChanges);
    AccountLinkConfirmation.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    busy: { state: true },
    error: { state: true },
    dead: { state: true },
    linked: { state: true },
  };

  static override styles = linkPageStyles;

  /** The nearest provider's connection. */
  connection: FoyerConnection | undefined = undefined;

  /**
   * The token of the mailed confirmation. Unset, the element reads it from the page address's
   * `#master-link=…`, and removes it from there once the account is linked.
   */
  token = '';

  busy = false;
  error = '';
  dead: DeadMasterLink | null = null;
  linked: AccountLinkConfirmed | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
    if (!this.token) this.token = fragmentToken(fragmentName);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  readonly #handleHashChange = (): void => {
    const token = fragmentToken(fragmentName);
    if (!token || token === this.token) return;
    this.token = token;
    this.dead = null;
    this.linked = null;
    this.error = '';
  };

  async #handleConfirm(): Promise<void> {
    const c = this.connection;
    const token = this.token;
    if (!c || !token || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      this.linked = await c.api.master.confirmLink.mutate({ token });
      forgetFragmentToken(fragmentName);
    } catch (error) {
      const info = describeError(error);
      this.dead = deadMasterLinkOf(info);
      if (!this.dead) this.error = errorSentenceWithWait(info);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    if (this.linked || this.dead) this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected override render(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    if (this.linked) {
      return html`
        <h2 part="heading" tabindex="-1">${msg('The account is linked')}</h2>
        <p part="status" role="status" class="who">${msg(str`The seller account ${this.linked.account} is now linked to the master account ${this.linked.master}.`)}</p>
        <p>${msg('Its owner opens it from the master account without signing in again. To undo it, the owner removes it there.')}</p>
      `;
    }
    if (this.dead) return this.#renderDeadLink(this.dead);
    if (!this.token) {
      return html`
        <h2 part="heading" tabindex="-1">${msg('Link a seller account')}</h2>
        <p>${msg('This page opens from the confirmation link in the email sent to your seller account. Open the link from that message.')}</p>
      `;
    }
    return html`
      <h2 part="heading" tabindex="-1">${msg('Link your seller account to a master account?')}</h2>
      <p>
        ${msg(
          'A master account asked to link your seller account; the email you came from names both. Once linked, the master account opens your account without its password, and its users work in it as they are allowed.',
        )}
      </p>
      <p>${msg('If you did not ask for this, do not link it, and change the account’s password: someone knows it.')}</p>
      <p part="error" class="error" role="alert">${this.error}</p>
      <button part="button" type="button" ?disabled=${this.busy} @click=${this.#handleConfirm}>${this.busy ? msg('Linking…') : msg('Link the account')}</button>
    `;
  }

  #renderDeadLink(code: DeadMasterLink): TemplateResult {
    const [heading, sentence] =
      code === 'MASTER_LINK_EXPIRED'
        ? [msg('This link has expired'), msg('Confirmation links work for a limited time. Ask the master account’s owner to add the account again: a new link will be sent.')]
        : code === 'ACCOUNT_ALREADY_LINKED'
          ? [msg('This account is already linked'), msg('Another master account holds it. To move it, remove it from that master account first, then ask for a new link.')]
          : [
              msg('This link does not work'),
              msg('It may have been used already, replaced by a newer link, or not copied whole. Ask the master account’s owner to add the account again if it is not linked.'),
            ];
    return html`
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <p part="error" class="error" role="alert">${sentence}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-link-confirmation': AccountLinkConfirmation;
  }
}
