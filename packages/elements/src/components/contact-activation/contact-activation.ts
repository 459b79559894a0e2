import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { errorSentence } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import type { PasswordField } from '../password-field/password-field.js';
import { linkStateOf, type LinkState, type LiveLink } from './activation-link.js';
import { renderDeadLink, renderExistingLogin, renderNewLogin } from './contact-activation-views.js';
import { contactActivationStyles } from './contact-activation.styles.js';

/**
 * @summary The page a print shop's contact reaches from an activation link: it greets them by
 * name, asks for a password (a `<password-field>` with the server's rules, typed twice) and the
 * acceptance of the shop's terms of service, and activates the account; the button activates
 * only once the password meets every rule. A contact whose email already has a login signs in with it first (a
 * `<foyer-sign-in>`, second factor included) and then activates it: the link never asks for
 * the password of a login that exists. An expired or used link says what to do instead.
 *
 * Place it inside a `<foyer-provider>` for the shop's workspace; once activated, the provider
 * holds the contact's session.
 *
 * @event foyer-signed-in - The account was activated and the contact is signed in; `kind` is `identity`.
 *
 * @csspart heading - The greeting, or what happened to the link.
 * @csspart status - The sentence shown while the link is checked, and once activated.
 * @csspart form - The password and terms form.
 * @csspart label - Each field's label.
 * @csspart input - The email field, and the password and repeated password fields of the `<password-field>`.
 * @csspart password - The `<password-field>`; its own parts are exported, `label`, `input` and
 *   `error` as they are and the others with a `password-` prefix.
 * @csspart password-toggle - The button that shows or hides the password.
 * @csspart password-rules-label - "Your password needs:".
 * @csspart password-rules - The list of the password's rules.
 * @csspart password-rule - One rule; with `password-rule-met` or `password-rule-unmet`.
 * @csspart password-rule-met - A rule the password meets.
 * @csspart password-rule-unmet - A rule it does not meet yet.
 * @csspart password-mark - A rule's mark; with `password-mark-met` or `password-mark-unmet`.
 * @csspart password-mark-met - The mark of a met rule.
 * @csspart password-mark-unmet - The mark of a rule not met yet.
 * @csspart terms - The terms of service to read.
 * @csspart checkbox - The "I accept the terms" checkbox.
 * @csspart error - Why the link or the activation was refused.
 * @csspart button - The activation button.
 * @csspart sign-in - The `<foyer-sign-in>` a contact with a login signs in with; its own parts
 *   are exported with a `sign-in-` prefix.
 * @csspart sign-in-form - The sign-in's form.
 * @csspart sign-in-input - The sign-in's fields.
 * @csspart sign-in-button - The sign-in's buttons.
 * @csspart sign-in-error - Why a sign-in was refused.
 * @csspart sign-in-status - The sign-in's line that names who is signed in.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=32rem] - The form's widest extent.
 * @cssproperty [--terms-max-height=16rem] - How tall the terms grow before they scroll.
 * @cssproperty [--input-border-color=var(--foyer-color-border)]
 * @cssproperty [--input-radius=var(--foyer-radius)]
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--rule-met-color=var(--foyer-color-success)] - A met password rule (read by the `<password-field>`).
 * @cssproperty [--rule-unmet-color=var(--foyer-color-text-muted)] - A password rule not met yet.
 * @cssproperty [--toggle-color=var(--foyer-color-accent)] - The show/hide password button's text.
 */
export class ContactActivation extends LitElement {
  static {
    ContactActivation.addInitializer(updateWhenLocaleChanges);
    ContactActivation.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    tokenFromLink: { type: Boolean, attribute: 'token-from-link' },
    description: { state: true },
    linkState: { state: true },
    loadError: { state: true },
    busy: { state: true },
    error: { state: true },
    passwordError: { state: true },
    passwordValid: { state: true },
    termsError: { state: true },
    activatedAs: { state: true },
    needsSignIn: { state: true },
  };

  static override styles = contactActivationStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The token of the activation link, when the page reads it itself. */
  token = '';

  /**
   * Read the token from the page address's `#token=…` fragment, where the activation link puts
   * it; after activating, the fragment is removed from the address.
   */
  tokenFromLink = false;

  description: LiveLink | undefined = undefined;
  linkState: LinkState | undefined = undefined;
  loadError = '';
  busy = false;
  error = '';
  passwordError = '';
  /** Whether the password meets every rule and is repeated: the button activates only then. */
  passwordValid = false;
  termsError = '';
  activatedAs = '';
  /** The server refused a session this page took for signed in (it had ended, or was a client's). */
  needsSignIn = false;

  #describedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.tokenFromLink && !this.token && (changed.has('tokenFromLink') || !this.hasUpdated)) {
      this.token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token')?.trim() ?? '';
    }
    const c = this.connection;
    const key = c && this.token ? `${c.server}\n${c.workspace}\n${this.token}` : '';
    if (key && key !== this.#describedFor) {
      this.#describedFor = key;
      void this.#describe();
    }
  }

  async #describe(): Promise<void> {
    const c = this.connection;
    const token = this.token;
    if (!c || !token) return;
    this.description = undefined;
    this.linkState = undefined;
    this.loadError = '';
    this.passwordValid = false;
    try {
      const described = await c.api.activation.describe.query({ workspace: c.workspace, token });
      if (token !== this.token) return;
      this.description = described.state === 'used' ? undefined : described;
      this.linkState = described.state;
    } catch (error) {
      if (token !== this.token) return;
      const info = describeError(error);
      const state = linkStateOf(info);
      if (state) this.linkState = state;
      else this.loadError = this.#sentence(info);
    }
  }

  #sentence(info: FoyerErrorInfo): string {
    switch (info.code) {
      case 'ACTIVATION_LINK_INVALID':
        return msg('This activation link is not valid. Ask the shop for a new activation request.');
      case 'ACTIVATION_LINK_EXPIRED':
        return msg('This activation link has expired. Ask the shop for a new activation request.');
      case 'ACTIVATION_LINK_USED':
        return msg('This activation link was already used. Sign in with your email and password, or ask the shop for a new activation request.');
      case 'TERMS_NOT_ACCEPTED':
        return msg('Accept the terms of service to activate your account.');
      case 'ACTIVATION_NEEDS_SIGN_IN':
        return msg('Sign in with your email and password first.');
      case 'ACTIVATION_WRONG_ACCOUNT':
        return this.description ? msg(str`This link is for ${this.description.email}. Sign out, then sign in as ${this.description.email}.`) : errorSentence(info);
      default:
        return errorSentence(info);
    }
  }

  /** Whether the provider holds a person's session to activate with (a client's code session is not one). */
  #signedIn(): boolean {
    const kind = this.connection?.sessionKind ?? null;
    return kind === 'identity' || (kind === 'unknown' && !this.needsSignIn);
  }

  get #passwordField(): PasswordField | null {
    return this.renderRoot.querySelector('password-field');
  }

  #handlePasswordInput(event: FoyerPasswordInputEvent): void {
    this.passwordValid = event.valid;
    this.passwordError = '';
  }

  #handleSignedIn(): void {
    this.needsSignIn = false;
    this.error = '';
  }

  async #handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    const d = this.description;
    if (!c || !d || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    // The <password-field> puts the password into the form's data once it meets every rule and is repeated.
    const password = String(data.get('password') ?? '');
    const accepted = data.get('accept') === 'on' || !d.terms;
    const field = this.#passwordField;
    this.error = '';
    this.termsError = accepted ? '' : msg('Accept the terms of service to activate your account.');
    if (field && !field.valid) {
      field.focus();
      return;
    }
    if (this.termsError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      // Terms are accepted where the shop has some; without terms there is nothing to accept.
      const input = { workspace: c.workspace, token: this.token, ...(d.terms ? { acceptTerms: true as const } : {}) };
      const result = await c.api.activation.complete.mutate(d.hasAccount ? input : { ...input, password });
      // Activation never answers with a second step: a login with a second factor passed it signing in.
      if (result.secondFactorRequired) throw new Error('activation answered with a second-factor challenge');
      if (!d.hasAccount) {
        c.signIn(result.token, 'identity');
      }
      this.activatedAs = result.identity.email;
      if (this.tokenFromLink && location.hash.includes('token=')) {
        // The link worked once; it is of no use in the address bar or a bookmark any more.
        history.replaceState(history.state, '', `${location.pathname}${location.search}`);
      }
      if (!d.hasAccount) this.dispatchEvent(new FoyerSignedInEvent('identity'));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } catch (error) {
      const info = describeError(error);
      const state = linkStateOf(info);
      if (state) {
        this.linkState = state;
      } else if (info.code === 'ACTIVATION_NEEDS_SIGN_IN') {
        this.needsSignIn = true;
      } else if (info.fieldErrors.password) {
        this.passwordError = fieldSentence(info.fieldErrors.password);
        this.passwordValid = false;
      } else if (info.fieldErrors.acceptTerms) {
        this.termsError = this.#sentence({ ...info, code: 'TERMS_NOT_ACCEPTED' });
      } else {
        this.error = this.#sentence(info);
      }
      await this.updateComplete;
      const refused = this.passwordError ? this.#passwordField : this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      (refused ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    if (!this.token) {
      return html`
        <h2 part="heading">${msg('Activate your account')}</h2>
        <p>${msg('This page opens from the activation link in your email. Open the link from the message, or ask the shop for a new activation request.')}</p>
      `;
    }
    if (this.activatedAs) {
      return html`
        <h2 part="heading" tabindex="-1">${msg('Your account is active')}</h2>
        <p part="status" role="status">
          ${msg(str`You are signed in as ${this.activatedAs}.`)}
        </p>
      `;
    }
    if (this.loadError) return html`<p part="error" class="error" role="alert">${this.loadError}</p>`;
    const shop = this.description?.workspaceName ?? '';
    switch (this.linkState) {
      case undefined:
        return html`<p part="status" role="status">${msg('Checking your activation link…')}</p>`;
      case 'invalid':
        return renderDeadLink(msg('This activation link is not valid'), msg('Check that you opened the whole link from the message, or ask the shop for a new activation request.'));
      case 'expired':
        return renderDeadLink(
          msg('This activation link has expired'),
          shop ? msg(str`Activation links work for 7 days. Ask ${shop} for a new activation request.`) : msg('Activation links work for 7 days. Ask the shop for a new activation request.'),
        );
      case 'used':
        return renderDeadLink(
          msg('This activation link was already used'),
          msg('Each link works once. If you activated your account, sign in with your email and password; otherwise ask the shop for a new activation request.'),
        );
      case 'valid':
        return this.#renderForm(this.description!);
    }
  }

  #renderForm(d: LiveLink): TemplateResult {
    if (!d.hasAccount) {
      return renderNewLogin({
        link: d,
        busy: this.busy,
        error: this.error,
        passwordValid: this.passwordValid,
        passwordError: this.passwordError,
        termsError: this.termsError,
        onInput: (e) => this.#handlePasswordInput(e),
        onSubmit: (e) => this.#handleSubmit(e),
      });
    }
    return renderExistingLogin({
      link: d,
      signedIn: this.#signedIn(),
      busy: this.busy,
      error: this.error,
      termsError: this.termsError,
      onSignedIn: () => this.#handleSignedIn(),
      onSubmit: (e) => this.#handleSubmit(e),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'contact-activation': ContactActivation;
  }
}
