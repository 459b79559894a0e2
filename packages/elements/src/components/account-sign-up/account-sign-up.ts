import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { LinkTokenController } from '../../internal/link-token-controller.js';
import { deadAccountLinkOf, goNext, type DeadAccountLink } from '../../internal/account-page.js';
import type { PasswordField } from '../password-field/password-field.js';
import { accountSignUpStyles } from './account-sign-up.styles.js';
import { renderClosed, renderConfirm, renderDead, renderDone, renderForm, renderSent, type SignUpField } from './account-sign-up-views.js';

/** What the element shows: the sign-up form (or why there is none), the answer, and the page of the mailed link. */
type Stage =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'closed' }
  | { kind: 'form' }
  | { kind: 'sent'; to: string }
  | { kind: 'confirm' }
  | { kind: 'dead'; why: DeadAccountLink }
  | { kind: 'done'; email: string };

/**
 * @summary Creating an account on the operator's server: an email address, a name and a
 * password (a `<password-field>`, typed twice). Nothing exists until the address is confirmed:
 * a link goes to it, and the answer is the same whatever the address, so the page never tells
 * who has an account here (an address that has one is told so by mail instead). Where the
 * operator creates accounts by invitation only, the element says so in a sentence and shows no
 * form; a refusal for too many requests says how long to wait.
 *
 * With the mailed link's token (`token-from-link` reads `#sign-up=…` from the page address, or
 * set `token`) it asks the person to confirm; the account is then created with the password
 * chosen, the person signed in, and the token leaves the address. With `next` the page then goes
 * there; without, the element shows who is signed in. An expired or used link says so and
 * offers to sign up again. The person confirms with a button rather than by opening the page:
 * mail scanners that open links must not create accounts.
 *
 * With `agency` it registers an agency account instead (`agencies.register`): the form says
 * that the account is the agency's own, with an email address used for nothing else, that no
 * client's access opens before its second factor is on, and asks for the agency's name. The
 * confirmation is the same link; once the agency account exists the element stays and says that
 * the next step is turning on the second factor, with a link to `next` (the page where the agency
 * does, such as the site's account security page).
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own.
 *
 * @event foyer-signed-in - The address is confirmed, the account exists and the person is signed in; `kind` is `identity`.
 *
 * @csspart heading - Each stage's heading; it takes focus when the stage changes.
 * @csspart status - The sentence while the server is asked, once the link is sent, and once the account exists.
 * @csspart form - The sign-up form.
 * @csspart label - Each field's label.
 * @csspart input - The email and name fields, and the fields of the `<password-field>`.
 * @csspart error - Why a sign-up or the link was refused.
 * @csspart button - The buttons that go on (Sign up, Confirm and sign in, Sign up again).
 * @csspart link-button - "Start over".
 * @csspart next - The link to `next`, once the account exists.
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
 * @csspart sign-in - The `<foyer-sign-in>` shown once the account exists (who is signed in);
 *   its own parts are exported with a `sign-in-` prefix.
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
export class AccountSignUp extends LitElement {
  static {
    AccountSignUp.addInitializer(updateWhenLocaleChanges);
    AccountSignUp.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    tokenFromLink: { type: Boolean, attribute: 'token-from-link' },
    next: {},
    agency: { type: Boolean },
    stage: { state: true },
    email: { state: true },
    name: { state: true },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    passwordValid: { state: true },
    passwordError: { state: true },
  };

  static override styles = accountSignUpStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The token of the mailed confirmation link, when the page reads it itself. */
  token = '';

  /**
   * Read the token from the page address's `#sign-up=…` fragment, where the confirmation link
   * puts it; once the account exists (or the link is of no use), it leaves the address.
   */
  tokenFromLink = false;

  /**
   * Where to go once the account exists and the person is signed in, such as the site's own start
   * page. With `agency`, the page where the agency turns on its second factor: the element links
   * there rather than leaving, so the agency reads that this comes next.
   */
  next = '';

  /**
   * Register an agency account (`agencies.register`) instead of a person's: its own email, used
   * for nothing else, a name required, and a second factor needed before any client's grant opens.
   */
  agency = false;

  stage: Stage = { kind: 'loading' };
  /** What the form holds, kept when the person starts over. */
  email = '';
  name = '';
  busy = false;
  /** The sentence under the form of the stage shown. */
  error = '';
  /** The field that sentence is about. */
  invalid: SignUpField | null = null;
  /** Whether the password meets every rule and is repeated: Sign up works only then. */
  passwordValid = false;
  passwordError = '';

  readonly #link = new LinkTokenController(this, 'sign-up');
  /** What the stage was last chosen for: the server, and the token or none. */
  #shownFor = '';
  /** Set when the person started over from a link: the form's heading takes focus once it shows. */
  #focusAfterLoad = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tokenFromLink')) this.#link.read();
    const c = this.connection;
    if (!c) return;
    const key = `${c.server}\n${this.token}`;
    if (key === this.#shownFor) return;
    this.#shownFor = key;
    this.error = '';
    if (this.token) {
      // Confirming works whatever the sign-up setting is now: the link was sent while it was open.
      this.stage = { kind: 'confirm' };
    } else {
      this.stage = { kind: 'loading' };
      void this.#askOpen();
    }
  }

  /** Focuses the first field of the stage shown, or its heading. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector<HTMLElement>('input, password-field') ?? this.#heading)?.focus(options);
  }

  get #heading(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('h2') ?? null;
  }

  get #passwordField(): PasswordField | null {
    return this.renderRoot?.querySelector('password-field') ?? null;
  }

  async #show(stage: Stage): Promise<void> {
    this.stage = stage;
    this.error = '';
    this.invalid = null;
    await this.updateComplete;
    this.#heading?.focus();
  }

  async #refuse(sentence: string, field: SignUpField | null): Promise<void> {
    this.error = sentence;
    this.invalid = field;
    await this.updateComplete;
    if (field === 'password') return this.#passwordField?.focus();
    const input = field ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`) : null;
    input?.focus();
    input?.select();
  }

  /** Whether the operator lets anyone sign up: asked first, so nobody fills in a form the server refuses. */
  async #askOpen(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    try {
      const { open } = await c.api.identity.signUpOpen.query();
      if (this.token || this.stage.kind !== 'loading') return;
      this.stage = open ? { kind: 'form' } : { kind: 'closed' };
    } catch (error) {
      if (this.token || this.stage.kind !== 'loading') return;
      this.error = errorSentenceWithWait(describeError(error));
      this.stage = { kind: 'unreachable' };
    }
    if (!this.#focusAfterLoad) return;
    this.#focusAfterLoad = false;
    await this.updateComplete;
    this.#heading?.focus();
  }

  #handleTryAgain(): void {
    this.stage = { kind: 'loading' };
    this.error = '';
    void this.#askOpen();
  }

  /** Back to the form, with no link: after a link that no longer works, or to correct the address. */
  async #startOver(): Promise<void> {
    this.#link.forget();
    this.passwordValid = false;
    this.passwordError = '';
    if (!this.token) return this.#show({ kind: 'form' });
    // Without the token the element asks the server again whether anyone may sign up (willUpdate).
    this.#focusAfterLoad = true;
    this.token = '';
  }

  #handlePasswordInput(event: FoyerPasswordInputEvent): void {
    this.passwordValid = event.valid;
    this.passwordError = '';
    if (this.invalid === 'password') this.invalid = null;
  }

  async #handleSignUp(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.busy) return;
    const form = event.currentTarget as HTMLFormElement;
    const emailInput = form.querySelector<HTMLInputElement>('input[name="email"]')!;
    this.email = emailInput.value.trim();
    this.name = form.querySelector<HTMLInputElement>('input[name="name"]')!.value.trim();
    const field = this.#passwordField;
    if (!this.email) return this.#refuse(msg('Enter your email address.'), 'email');
    if (!emailInput.checkValidity()) return this.#refuse(msg('Enter a valid email address.'), 'email');
    if (this.agency && !this.name) return this.#refuse(msg('Enter the agency’s name.'), 'name');
    if (!field?.valid) {
      field?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const { sentTo } = this.agency
        ? await c.api.agencies.register.mutate({ email: this.email, password: field.value, name: this.name })
        : await c.api.identity.signUp.mutate({ email: this.email, password: field.value, ...(this.name ? { name: this.name } : {}) });
      this.passwordValid = false;
      await this.#show({ kind: 'sent', to: sentTo });
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'SIGN_UP_CLOSED') return void (await this.#show({ kind: 'closed' }));
      if (info.fieldErrors.email) return this.#refuse(msg('Enter a valid email address.'), 'email');
      if (info.fieldErrors.name) return this.#refuse(fieldSentence(info.fieldErrors.name), 'name');
      if (info.fieldErrors.password) {
        this.passwordError = fieldSentence(info.fieldErrors.password);
        this.passwordValid = false;
        return this.#refuse('', 'password');
      }
      await this.#refuse(errorSentenceWithWait(info), null);
    } finally {
      this.busy = false;
    }
  }

  async #handleConfirm(): Promise<void> {
    const c = this.connection;
    const token = this.token;
    if (!c || !token || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const signedIn = await c.api.identity.confirmSignUp.mutate({ token });
      this.#link.forget();
      c.signIn(signedIn.token, 'identity');
      await this.#show({ kind: 'done', email: signedIn.identity.email });
      this.dispatchEvent(new FoyerSignedInEvent('identity'));
      // An agency reads its next step (the second factor) here and follows the link itself.
      if (this.next && !this.agency) await goNext(this.next);
    } catch (error) {
      const info = describeError(error);
      const why = deadAccountLinkOf(info);
      if (why) {
        this.#link.forget();
        await this.#show({ kind: 'dead', why });
      } else this.error = errorSentenceWithWait(info);
    } finally {
      this.busy = false;
    }
  }

  protected override render(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    const stage = this.stage;
    switch (stage.kind) {
      case 'loading':
        return html`<p part="status" role="status">${msg('Loading…')}</p>`;
      case 'unreachable':
        return html`
          <p part="error" class="error" role="alert">${this.error}</p>
          <button part="button" type="button" @click=${this.#handleTryAgain}>${msg('Try again')}</button>
        `;
      case 'closed':
        return renderClosed(this.agency);
      case 'form':
        return renderForm({
          agency: this.agency,
          busy: this.busy,
          error: this.error,
          invalid: this.invalid,
          email: this.email,
          name: this.name,
          passwordValid: this.passwordValid,
          passwordError: this.passwordError,
          onInput: (e) => this.#handlePasswordInput(e),
          onSubmit: (e) => this.#handleSignUp(e),
        });
      case 'sent':
        return renderSent(stage.to, () => void this.#startOver());
      case 'confirm':
        return renderConfirm({ agency: this.agency, busy: this.busy, error: this.error, onConfirm: () => this.#handleConfirm() });
      case 'dead':
        return renderDead(stage.why, () => void this.#startOver());
      case 'done':
        return renderDone(stage.email, this.next, this.agency);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'account-sign-up': AccountSignUp;
  }
}
