import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerApi } from '@foyer/client';
import type { SignedIn } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { linkPageStyles } from '../../internal/link-page.styles.js';
import { LinkTokenController } from '../../internal/link-token-controller.js';
import { deadAccountLinkOf, goNext, type DeadAccountLink } from '../../internal/account-page.js';
import type { PasswordField } from '../password-field/password-field.js';
import { renderAsk, renderChallenge, renderChoose, renderDead, renderDone, renderSent } from './password-reset-views.js';
import type { ResetLink } from './reset-link.js';

/** What a reset link opens: the address the new password is for, and the rules it must meet. */

/** What the element shows: asking for a link, the answer, and the pages of the mailed link. */
export type Stage =
  | { kind: 'ask' }
  | { kind: 'sent'; to: string }
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'choose'; link: ResetLink }
  | { kind: 'dead'; why: DeadAccountLink }
  | { kind: 'challenge'; challenge: string; email: string }
  | { kind: 'done'; email: string; signedIn: boolean };

/**
 * @summary "Forgot your password?" and the page of the mailed reset link, in one element.
 * Without a link it asks for the account's email address and answers the same whatever the
 * address ("If an account exists for …, we sent it a link"), so the page never tells who has an
 * account; a refusal for too many requests says how long to wait.
 *
 * With the link's token (`token-from-link` reads `#password-reset=…` from the page address, or
 * set `token`) it names the account and asks for the new password in a `<password-field>` with
 * the server's rules for that account, typed twice; Save works once every rule holds. The
 * person is then signed in (with the code of their authenticator app where the login has a
 * second factor), every other session of the account ends, and the token leaves the address.
 * With `next` the page then goes there; without, the element shows who is signed in. An expired
 * or used link says so and offers to send a new one.
 *
 * The same link comes from an administrator's "Reset password" in a workspace: it opens here
 * too, since reset links only ever go to the operator's own page.
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own.
 *
 * @event foyer-signed-in - The new password is set and the person is signed in; `kind` is `identity`.
 *
 * @csspart heading - Each stage's heading; it takes focus when the stage changes.
 * @csspart status - The sentence while the link is checked, once the link is sent, and once the password is set.
 * @csspart form - Each stage's form.
 * @csspart label - Each field's label.
 * @csspart input - The email and code fields, and the fields of the `<password-field>`.
 * @csspart error - Why a request, the link or the new password was refused.
 * @csspart button - The buttons that go on (Send the link, Save, Sign in, Ask for a new link).
 * @csspart link-button - "Send another link".
 * @csspart next - The link to `next`, once the password is set.
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
 * @csspart sign-in - The `<foyer-sign-in>` shown once the password is set (who is signed in,
 *   or the form to sign in with it); its own parts are exported with a `sign-in-` prefix.
 * @csspart sign-in-form - The sign-in's form.
 * @csspart sign-in-label - The sign-in's labels.
 * @csspart sign-in-input - The sign-in's fields.
 * @csspart sign-in-button - The sign-in's buttons.
 * @csspart sign-in-error - Why a sign-in was refused.
 * @csspart sign-in-status - The sign-in's line that names who is signed in.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=32rem] - The form's and the text's widest extent.
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
export class PasswordReset extends LitElement {
  static {
    PasswordReset.addInitializer(updateWhenLocaleChanges);
    PasswordReset.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    tokenFromLink: { type: Boolean, attribute: 'token-from-link' },
    next: {},
    stage: { state: true },
    email: { state: true },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    passwordValid: { state: true },
    passwordError: { state: true },
  };

  static override styles = linkPageStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The token of the mailed reset link, when the page reads it itself. */
  token = '';

  /**
   * Read the token from the page address's `#password-reset=…` fragment, where the reset link
   * puts it; once the password is set (or the link is of no use), it leaves the address.
   */
  tokenFromLink = false;

  /** Where to go once the new password is set and the person signed in, such as the site's own start page. */
  next = '';

  stage: Stage = { kind: 'ask' };
  /** The address typed into "Forgot your password?", kept when the person asks again. */
  email = '';
  busy = false;
  /** The sentence under the form of the stage shown. */
  error = '';
  /** The field that sentence is about. */
  invalid: 'email' | 'code' | null = null;
  /** Whether the new password meets every rule and is repeated: Save works only then. */
  passwordValid = false;
  passwordError = '';

  readonly #link = new LinkTokenController(this, 'password-reset');
  #describedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tokenFromLink')) this.#link.read();
    if (changed.has('token') && !this.token && this.#describedFor) {
      this.#describedFor = '';
      this.stage = { kind: 'ask' };
    }
    const c = this.connection;
    const key = c && this.token ? `${c.server}\n${this.token}` : '';
    if (key && key !== this.#describedFor) {
      this.#describedFor = key;
      this.stage = { kind: 'checking' };
      void this.#describe();
    }
  }

  /** Focuses the first field of the stage shown, or its heading. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('input:not([hidden]), password-field') ?? this.#heading)?.focus(options);
  }

  get #heading(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('h2') ?? null;
  }

  get #passwordField(): PasswordField | null {
    return this.renderRoot?.querySelector('password-field') ?? null;
  }

  /** Shows another stage and moves focus to its heading, so a screen reader reads where the person is. */
  async #show(stage: Stage): Promise<void> {
    this.stage = stage;
    this.error = '';
    this.invalid = null;
    await this.updateComplete;
    this.#heading?.focus();
  }

  /** Shows why the stage's form was refused, and moves focus to the field to correct. */
  async #refuse(sentence: string, field: PasswordReset['invalid']): Promise<void> {
    this.error = sentence;
    this.invalid = field;
    await this.updateComplete;
    const input = field ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`) : null;
    input?.focus();
    input?.select();
  }

  async #describe(token = this.token, keepStage = false): Promise<void> {
    const c = this.connection;
    if (!c || !token) return;
    try {
      const link = await c.api.identity.describePasswordReset.query({ token });
      if (token !== this.token) return;
      if (!keepStage) {
        this.passwordValid = false;
        this.passwordError = '';
      }
      this.stage = { kind: 'choose', link };
    } catch (error) {
      if (token !== this.token) return;
      const info = describeError(error);
      const why = deadAccountLinkOf(info);
      if (why) this.#link.forget();
      this.error = why ? '' : errorSentenceWithWait(info);
      this.stage = why ? { kind: 'dead', why } : { kind: 'unreachable' };
    }
  }

  #handleCheckAgain(): void {
    this.stage = { kind: 'checking' };
    this.error = '';
    void this.#describe();
  }

  /** Back to "Forgot your password?", with no link: after a link that no longer works, or to send another. */
  #askAgain(): void {
    this.#link.forget();
    this.#describedFor = '';
    this.token = '';
    void this.#show({ kind: 'ask' });
  }

  async #handleAsk(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.busy) return;
    const input = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="email"]')!;
    this.email = input.value.trim();
    if (!this.email) return this.#refuse(msg('Enter the email address of your account.'), 'email');
    if (!input.checkValidity()) return this.#refuse(msg('Enter a valid email address.'), 'email');
    this.busy = true;
    this.error = '';
    try {
      const { sentTo } = await c.api.identity.requestPasswordReset.mutate({ email: this.email });
      await this.#show({ kind: 'sent', to: sentTo });
    } catch (error) {
      const info = describeError(error);
      await this.#refuse(info.code === 'INVALID_INPUT' && info.fieldErrors.email ? msg('Enter a valid email address.') : errorSentenceWithWait(info), 'email');
    } finally {
      this.busy = false;
    }
  }

  #handlePasswordInput(event: FoyerPasswordInputEvent): void {
    this.passwordValid = event.valid;
    this.passwordError = '';
  }

  async #handleSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    const stage = this.stage;
    const field = this.#passwordField;
    if (!c || stage.kind !== 'choose' || this.busy || !field) return;
    if (!field.valid) {
      field.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    const token = this.token;
    try {
      const result = await c.api.identity.resetPassword.mutate({ token, password: field.value });
      // The link is spent: the password is set, whatever signing in asks next.
      this.#link.forget();
      if (result.secondFactorRequired) await this.#show({ kind: 'challenge', challenge: result.challenge, email: stage.link.email });
      else await this.#signedIn(c, result);
    } catch (error) {
      const info = describeError(error);
      const why = deadAccountLinkOf(info);
      if (why) {
        this.#link.forget();
        await this.#show({ kind: 'dead', why });
      } else if (info.code === 'PASSWORD_POLICY' || info.fieldErrors.password) {
        this.passwordError = info.code === 'PASSWORD_POLICY' ? errorSentence(info) : fieldSentence(info.fieldErrors.password ?? '');
        this.passwordValid = false;
        // The rules may have changed since the link was opened (a workspace joined meanwhile): show the ones that hold now.
        if (info.code === 'PASSWORD_POLICY') await this.#describe(token, true);
        await this.updateComplete;
        this.#passwordField?.focus();
      } else {
        await this.#refuse(errorSentenceWithWait(info), null);
      }
    } finally {
      this.busy = false;
    }
  }

  /** The second step of signing in: six digits are an authenticator code, anything else a recovery code. */
  async #handleChallenge(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    const stage = this.stage;
    if (!c || stage.kind !== 'challenge' || this.busy) return;
    const typed = new FormData(event.currentTarget as HTMLFormElement).get('code')?.toString().replace(/\s+/g, '') ?? '';
    if (!typed) return this.#refuse(msg('Enter the code from your authenticator app.'), 'code');
    this.busy = true;
    this.error = '';
    try {
      const proof = /^\d{6}$/.test(typed) ? { code: typed } : { recoveryCode: typed };
      await this.#signedIn(c, await c.api.identity.signInSecondFactor.mutate({ challenge: stage.challenge, ...proof }));
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'CHALLENGE_EXPIRED') await this.#show({ kind: 'done', email: stage.email, signedIn: false });
      else await this.#refuse(info.code === 'INVALID_INPUT' ? msg('Enter the 6 digits from your authenticator app, or one of your recovery codes.') : errorSentenceWithWait(info), 'code');
    } finally {
      this.busy = false;
    }
  }

  /** The new password is set and the person signed in: the provider holds the session, as after `<foyer-sign-in>`. */
  async #signedIn(c: FoyerConnection, signedIn: SignedIn): Promise<void> {
    c.signIn(signedIn.token, 'identity');
    await this.#show({ kind: 'done', email: signedIn.identity.email, signedIn: true });
    this.dispatchEvent(new FoyerSignedInEvent('identity'));
    if (this.next) await goNext(this.next);
  }

  protected override render(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    const stage = this.stage;
    const form = { busy: this.busy, error: this.error, invalid: this.invalid };
    switch (stage.kind) {
      case 'ask':
        return renderAsk({ ...form, email: this.email, onSubmit: (e) => this.#handleAsk(e) });
      case 'sent':
        return renderSent(stage.to, () => void this.#show({ kind: 'ask' }));
      case 'checking':
        return html`<p part="status" role="status">${msg('Checking your link…')}</p>`;
      case 'unreachable':
        return html`
          <p part="error" class="error" role="alert">${this.error}</p>
          <button part="button" type="button" @click=${this.#handleCheckAgain}>${msg('Try again')}</button>
        `;
      case 'choose':
        return renderChoose({
          ...form,
          link: stage.link,
          passwordValid: this.passwordValid,
          passwordError: this.passwordError,
          onInput: (e) => this.#handlePasswordInput(e),
          onSubmit: (e) => this.#handleSave(e),
        });
      case 'dead':
        return renderDead(stage.why, () => this.#askAgain());
      case 'challenge':
        return renderChallenge({ ...form, onSubmit: (e) => this.#handleChallenge(e) });
      case 'done':
        return renderDone(stage.email, stage.signedIn, this.next);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'password-reset': PasswordReset;
  }
}
