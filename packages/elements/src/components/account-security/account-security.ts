import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { IdentitySummary } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable } from '../../internal/load-state.js';
import { errorSentence, sessionEnded } from '../../internal/messages.js';
import { EmailPanel, PasswordPanel } from './credentials-panels.js';
import type { PanelContext } from './panel.js';
import { SecondFactorPanel } from './second-factor-panel.js';
import { SessionsPanel } from './sessions-panel.js';
import { accountSecurityStyles } from './account-security.styles.js';

/**
 * @summary The signed-in person's own security page: where they are signed in (ending any other
 * session, or all of them), a new password, a new email address, and the second factor — an
 * authenticator app set up with a QR code or its key, recovery codes shown once, new recovery
 * codes, and turning it off.
 *
 * Place it in a `<foyer-provider>` with a person's session (a `<foyer-sign-in>` beside it starts
 * one). It names no workspace: the account is the person's, in every workspace they belong to.
 * The server decides every rule (the password's rules, what each change needs); each section
 * says what a change does before it is made, and a live region in it says what happened.
 *
 * @slot heading - Your own words for the heading, in place of "Account security".
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart section - Each section: sessions, password, email, second factor.
 * @csspart section-title - A section's heading.
 * @csspart message - A section's live region, saying what a change did.
 * @csspart list - The list of sessions.
 * @csspart session - One session; this device's also has `session-current`.
 * @csspart session-current - The session of this device.
 * @csspart current - The "This device" mark.
 * @csspart form - Each form: the password, the email, a step of the second factor's setup.
 * @csspart label - A field's label.
 * @csspart input - A field, the fields of the `<password-field>` included.
 * @csspart hint - The sentence under a field or form that says what the change does.
 * @csspart error - A refusal, or a field's problem.
 * @csspart loading - The sentence shown while a section loads.
 * @csspart button - Every button, and the download link of the recovery codes.
 * @csspart button-primary - The button that takes a form forward.
 * @csspart button-danger - A button that ends or turns off something.
 * @csspart download - The link that downloads the recovery codes as a text file.
 * @csspart dialog - The confirmation dialogs.
 * @csspart status - What copying the key or the recovery codes did.
 * @csspart qr - The QR code to scan into an authenticator app (an SVG image, labelled; the key is its text).
 * @csspart key - The key, typed out in groups of four.
 * @csspart recovery-codes - The recovery codes, shown once, with their copy and download.
 * @csspart password - The `<password-field>` for the new password; its own parts are exported,
 *   `label`, `input` and `error` as they are and the others with a `password-` prefix.
 * @csspart password-toggle - The button that shows or hides the new password.
 * @csspart password-rules-label - "Your password needs:".
 * @csspart password-rules - The list of the password's rules.
 * @csspart password-rule - One rule; with `password-rule-met` or `password-rule-unmet`.
 * @csspart password-rule-met - A rule the password meets.
 * @csspart password-rule-unmet - A rule it does not meet yet.
 * @csspart password-mark - A rule's mark; with `password-mark-met` or `password-mark-unmet`.
 * @csspart password-mark-met - The mark of a met rule.
 * @csspart password-mark-unmet - The mark of a rule not met yet.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the rows and the sections.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--qr-color=#000] - The QR code's dark modules.
 * @cssproperty [--qr-background=#fff] - The QR code's light modules and quiet zone.
 * @cssproperty [--rule-met-color=var(--foyer-color-success)] - A met password rule (read by the `<password-field>`).
 * @cssproperty [--rule-unmet-color=var(--foyer-color-text-muted)] - A password rule not met yet.
 * @cssproperty [--toggle-color=var(--foyer-color-accent)] - The show/hide password button's text.
 */
export class AccountSecurity extends LitElement {
  static {
    AccountSecurity.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    identity: { state: true },
    loadError: { state: true },
    retryable: { state: true },
  };

  static override styles = accountSecurityStyles;

  /** The provider's connection: the server and the session every call carries. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /** Who is signed in, once the server said so. */
  identity: IdentitySummary | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;

  readonly #context: PanelContext = {
    host: this,
    connection: () => this.connection,
    locale: () => this.closest('[lang]')?.getAttribute('lang') || navigator.language,
  };
  readonly #sessions = new SessionsPanel(this.#context);
  // A new password ends the other sessions: the list is read again.
  readonly #password = new PasswordPanel(this.#context, () => void this.#sessions.load());
  readonly #email = new EmailPanel(this.#context, () => this.identity?.email ?? '');
  readonly #secondFactor = new SecondFactorPanel(this.#context, () => this.identity?.email ?? '');

  readonly #link = new ConnectionController(this, {
    scope: 'session',
    onChange: (c) => {
      this.identity = undefined;
      this.loadError = '';
      for (const panel of [this.#sessions, this.#password, this.#email, this.#secondFactor]) panel.forget();
      if (c) void this.refresh();
    },
  });

  /** Reads everything again from the server. */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token) return;
    const ticket = this.#link.ticket();
    this.loadError = '';
    void this.#sessions.load();
    void this.#password.load();
    void this.#secondFactor.load();
    try {
      const me = await c.api.identity.me.query();
      if (this.#link.isCurrent(ticket)) this.identity = me.identity;
    } catch (error) {
      if (!this.#link.isCurrent(ticket)) return;
      const info = describeError(error);
      this.retryable = isRetryable(info);
      this.loadError = sessionEnded(info) ? msg('Your session has ended. Sign in again to see your account’s security.') : errorSentence(info);
    }
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Account security')}</slot></h2>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const c = this.connection;
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (!c.token) return html`<p part="loading">${msg('Sign in to see your account’s security.')}</p>`;
    if (this.loadError) {
      return html`
        <p part="error" role="alert">${this.loadError}</p>
        ${this.retryable ? html`<button part="button" type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>` : nothing}
      `;
    }
    if (!this.identity) return html`<p part="loading" role="status">${msg('Loading your account…')}</p>`;
    return html`${this.#sessions.render()} ${this.#password.render()} ${this.#email.render()} ${this.#secondFactor.render()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-security': AccountSecurity;
  }
}
