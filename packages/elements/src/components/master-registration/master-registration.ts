import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { SignedIn } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { FoyerMasterRegisteredEvent } from '../../events/foyer-master-registered-event.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { isSellerProof, readSellerProof, sellerProofRefusal } from '../../internal/seller-proof.js';
import { linkPageStyles } from '../../internal/link-page.styles.js';
import { deadMasterLinkOf } from '../../internal/dead-master-link.js';
import type { PasswordField } from '../password-field/password-field.js';
import { RegistrationLink } from './registration-link.js';
import { renderChallenge, renderDeadLink, renderDone, renderPassword } from './registration-link-pages.js';
import type { Opened, RegistrationField, Stage } from './registration-stage.js';
import { renderAccount, renderSent, renderWho } from './registration-steps.js';

/**
 * @summary Opening a seller's master account. Step 1 asks for the master account's email and
 * the person's name, step 2 for the nickname and password of one existing seller account (and
 * the owner's authenticator code when the server says the owner has a second factor); a
 * confirmation then goes to the email, and the element says so. A nickname without an account
 * and a wrong password are told in one and the same sentence.
 *
 * The mailed link (`#master-registration=…` in the page's address, or `token`) opens the same
 * element on its second half: it names who the master account is for and the seller account it
 * starts with, and asks for the password in a `<password-field>` with the server's rules; Save
 * is enabled only once every rule holds. The person is then signed in (with the second step
 * where their login has a second factor), the provider holds the session and acts in the new
 * master account, and `foyer-master-registered` tells the page; with `next`, the page goes there.
 * An expired or used link says so and offers to start again; a throttled attempt says how long
 * to wait.
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own.
 *
 * @event foyer-master-registered - The master account was opened and its person signed in; `master` and `account` are handles.
 * @event foyer-signed-in - The person was signed in to the new master account; `kind` is `identity`.
 *
 * @csspart heading - Each stage's heading; it takes focus when the stage changes.
 * @csspart step - "Step 1 of 2", above the heading of each step.
 * @csspart status - The sentence shown while the link is checked, and once the mail is sent or the account is open.
 * @csspart form - Each stage's form.
 * @csspart label - Each field's label.
 * @csspart input - The email, name, nickname, password and code fields.
 * @csspart hint - The line under the code field.
 * @csspart error - Why a step or the link was refused.
 * @csspart button - The buttons that go on (Continue, Save).
 * @csspart back-button - "Back", from step 2 to step 1.
 * @csspart link-button - "Start again" and "Start over".
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
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=32rem] - The form's widest extent.
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
export class MasterRegistration extends LitElement {
  static {
    MasterRegistration.addInitializer(updateWhenLocaleChanges);
    MasterRegistration.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    next: {},
    stage: { state: true },
    email: { state: true },
    name: { state: true },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    codeAsked: { state: true },
    passwordValid: { state: true },
    passwordError: { state: true },
  };

  static override styles = linkPageStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /**
   * The token of the mailed registration link. Unset, the element reads it from the page
   * address's `#master-registration=…`, and removes it from there once the link was used.
   */
  token = '';

  /**
   * Where to go once the master account is open, instead of staying on this page: an address
   * in which `{master}` stands for the new master account's handle (`/master.html#{master}`).
   */
  next = '';

  stage: Stage = { kind: 'who' };
  /** What step 1 holds, kept when the person goes back to it. */
  email = '';
  name = '';
  busy = false;
  /** The sentence under the form of the stage shown. */
  error = '';
  /** The field that sentence is about. */
  invalid: RegistrationField | null = null;
  /** The server said the seller account's owner has a second factor: step 2 asks for the code. */
  codeAsked = false;
  /** Whether the password meets every rule and is repeated: Save works only then. */
  passwordValid = false;
  passwordError = '';

  readonly #link = new RegistrationLink(this, { restart: () => this.#restart() });

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#link.willUpdate(changed.has('token'));
  }

  /** Focuses the first field of the stage shown, or its heading. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('input:not([readonly]), password-field') ?? this.#heading)?.focus(options);
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
  async #refuse(sentence: string, field: RegistrationField | null): Promise<void> {
    this.error = sentence;
    this.invalid = field;
    await this.updateComplete;
    const input = field ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`) : null;
    if (input) {
      input.focus();
      input.select();
    }
  }

  /** Back to step 1, with no link: for another address, or after a link that no longer works. */
  #restart(): void {
    this.#link.reset();
    this.token = '';
    this.codeAsked = false;
    void this.#show({ kind: 'who' });
  }

  async #handleWho(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const emailInput = form.querySelector<HTMLInputElement>('input[name="email"]')!;
    this.email = emailInput.value.trim();
    this.name = form.querySelector<HTMLInputElement>('input[name="name"]')!.value.trim();
    if (!this.email) return this.#refuse(msg('Enter the email address for your master account.'), 'email');
    if (!emailInput.checkValidity()) return this.#refuse(msg('Enter a valid email address.'), 'email');
    if (!this.name) return this.#refuse(msg('Enter your name.'), 'name');
    await this.#show({ kind: 'account' });
  }

  async #handleRegister(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.busy) return;
    const proof = readSellerProof(event.currentTarget as HTMLFormElement, this.codeAsked);
    if (!isSellerProof(proof)) return this.#refuse(proof.sentence, proof.field);
    this.busy = true;
    this.error = '';
    try {
      const { sentTo } = await c.api.master.register.mutate({ email: this.email, name: this.name, ...proof });
      this.codeAsked = false;
      await this.#show({ kind: 'sent', to: sentTo });
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'INVALID_INPUT' && (info.fieldErrors.email || info.fieldErrors.name)) {
        // What step 1 holds was refused: that step is where to correct it.
        await this.#show({ kind: 'who' });
        await this.#refuse(info.fieldErrors.email ? msg('Enter a valid email address.') : fieldSentence(info.fieldErrors.name ?? ''), info.fieldErrors.email ? 'email' : 'name');
        return;
      }
      const problem = sellerProofRefusal(info, this.codeAsked);
      this.codeAsked = problem.askCode;
      await this.#refuse(problem.sentence, problem.field);
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
    if (!c || stage.kind !== 'password' || this.busy || !field) return;
    if (!field.valid) {
      field.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    const token = this.token;
    try {
      const completed = await c.api.master.completeRegistration.mutate({ token, password: field.value });
      const opened = { master: completed.master, account: completed.account, email: stage.link.email };
      // The link is spent: the master account exists now, whatever the sign-in asks next.
      this.#link.forget();
      if (completed.signIn.secondFactorRequired) await this.#show({ kind: 'challenge', challenge: completed.signIn.challenge, opened });
      else await this.#opened(c, completed.signIn, opened);
    } catch (error) {
      const info = describeError(error);
      const dead = deadMasterLinkOf(info);
      if (dead) {
        await this.#show({ kind: 'dead', code: dead });
      } else if (info.code === 'PASSWORD_POLICY' || info.fieldErrors.password) {
        this.passwordError = info.code === 'PASSWORD_POLICY' ? errorSentence(info) : fieldSentence(info.fieldErrors.password ?? '');
        this.passwordValid = false;
        // The rules may have changed since the link was opened: show the ones that hold now.
        if (info.code === 'PASSWORD_POLICY') await this.#link.describe(token, true);
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
      await this.#opened(c, await c.api.identity.signInSecondFactor.mutate({ challenge: stage.challenge, ...proof }), stage.opened);
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'CHALLENGE_EXPIRED') await this.#show({ kind: 'done', opened: stage.opened, signedIn: false });
      else await this.#refuse(info.code === 'INVALID_INPUT' ? msg('Enter the 6 digits from your authenticator app, or one of your recovery codes.') : errorSentenceWithWait(info), 'code');
    } finally {
      this.busy = false;
    }
  }

  /**
   * The master account is open and its person signed in: the provider holds the session, as
   * after `<foyer-sign-in>`, and acts in the new master account from now on (the registration
   * named none), so the elements beside this one show it and a reload keeps it.
   */
  async #opened(c: FoyerConnection, signedIn: SignedIn, opened: Opened): Promise<void> {
    c.signIn(signedIn.token, 'identity');
    c.switchWorkspace(opened.master);
    await this.#show({ kind: 'done', opened, signedIn: true });
    this.dispatchEvent(new FoyerSignedInEvent('identity'));
    this.dispatchEvent(new FoyerMasterRegisteredEvent(opened.master, opened.account));
    if (this.next) {
      // The provider stores the session under the master account in its next update; leave after it.
      await new Promise((resolve) => setTimeout(resolve));
      location.assign(this.next.replaceAll('{master}', encodeURIComponent(opened.master)));
    }
  }

  protected override render(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    const stage = this.stage;
    const { busy, error, invalid } = this;
    switch (stage.kind) {
      case 'who':
        return renderWho({ email: this.email, name: this.name, error, invalid, onSubmit: (e) => void this.#handleWho(e) });
      case 'account':
        return renderAccount({
          busy,
          error,
          invalid,
          codeAsked: this.codeAsked,
          onSubmit: (e) => void this.#handleRegister(e),
          onBack: () => void this.#show({ kind: 'who' }),
        });
      case 'sent':
        return renderSent(stage.to, () => this.#restart());
      case 'checking':
        return html`<p part="status" role="status">${msg('Checking your link…')}</p>`;
      case 'unreachable':
        return html`
          <p part="error" class="error" role="alert">${this.error}</p>
          <button part="button" type="button" @click=${this.#link.handleCheckAgain}>${msg('Try again')}</button>
        `;
      case 'password':
        return renderPassword(stage.link, {
          busy,
          error,
          passwordValid: this.passwordValid,
          passwordError: this.passwordError,
          onSubmit: (e) => void this.#handleSave(e),
          onPasswordInput: (e) => this.#handlePasswordInput(e),
        });
      case 'dead':
        return renderDeadLink(stage.code, () => this.#restart());
      case 'challenge':
        return renderChallenge({ busy, error, invalid, onSubmit: (e) => void this.#handleChallenge(e) });
      case 'done':
        return renderDone(stage.opened, stage.signedIn);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'master-registration': MasterRegistration;
  }
}
