import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { MasterRegistrationDescription, SignedIn } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { FoyerMasterRegisteredEvent } from '../../events/foyer-master-registered-event.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { forgetFragmentToken, fragmentToken } from '../../internal/fragment-token.js';
import { isSellerProof, readSellerProof, renderSellerProofFields, sellerProofRefusal, type SellerProofField } from '../../internal/seller-proof.js';
import { linkPageStyles } from '../../internal/link-page.styles.js';
import { deadMasterLinkOf, type DeadMasterLink } from '../../internal/dead-master-link.js';
import { passwordFieldParts } from '../../internal/password-parts.js';
import type { PasswordField } from '../password-field/password-field.js';

/** Where the registration's mailed link puts its token: `#master-registration=…`. */
const fragmentName = 'master-registration';

/** The new master account, once its password is set. */
interface Opened {
  master: string;
  account: string;
  email: string;
}

/** What the element shows: the two steps of asking, the mail sent, and the pages of the mailed link. */
type Stage =
  | { kind: 'who' }
  | { kind: 'account' }
  | { kind: 'sent'; to: string }
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'password'; link: MasterRegistrationDescription }
  | { kind: 'dead'; code: DeadMasterLink }
  | { kind: 'challenge'; challenge: string; opened: Opened }
  | { kind: 'done'; opened: Opened; signedIn: boolean };

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
  invalid: SellerProofField | 'email' | 'name' | null = null;
  /** The server said the seller account's owner has a second factor: step 2 asks for the code. */
  codeAsked = false;
  /** Whether the password meets every rule and is repeated: Save works only then. */
  passwordValid = false;
  passwordError = '';

  #describedFor = '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#handleHashChange);
    if (!this.token) this.token = fragmentToken(fragmentName);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#handleHashChange);
  }

  /** A link pasted into the address bar of the page already open opens here too. */
  readonly #handleHashChange = (): void => {
    const token = fragmentToken(fragmentName);
    if (token && token !== this.token) this.token = token;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const c = this.connection;
    if (changed.has('token') && !this.token && this.#describedFor) {
      this.#describedFor = '';
      this.#restart();
    }
    const key = c && this.token ? `${c.server}\n${this.token}` : '';
    if (key && key !== this.#describedFor) {
      this.#describedFor = key;
      this.stage = { kind: 'checking' };
      void this.#describe();
    }
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
  async #refuse(sentence: string, field: MasterRegistration['invalid']): Promise<void> {
    this.error = sentence;
    this.invalid = field;
    await this.updateComplete;
    const input = field ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`) : null;
    if (input) {
      input.focus();
      input.select();
    }
  }

  async #describe(token = this.token, keepStage = false): Promise<void> {
    const c = this.connection;
    if (!c || !token) return;
    try {
      const link = await c.api.master.describeRegistration.query({ token });
      if (token !== this.token) return;
      if (keepStage && this.stage.kind === 'password') this.stage = { kind: 'password', link };
      else {
        this.passwordValid = false;
        this.passwordError = '';
        this.stage = { kind: 'password', link };
      }
    } catch (error) {
      if (token !== this.token) return;
      const info = describeError(error);
      const dead = deadMasterLinkOf(info);
      this.error = dead ? '' : errorSentenceWithWait(info);
      this.stage = dead ? { kind: 'dead', code: dead } : { kind: 'unreachable' };
    }
  }

  #handleCheckAgain(): void {
    this.stage = { kind: 'checking' };
    this.error = '';
    void this.#describe();
  }

  /** Back to step 1, with no link: for another address, or after a link that no longer works. */
  #restart(): void {
    forgetFragmentToken(fragmentName);
    this.#describedFor = '';
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
      forgetFragmentToken(fragmentName);
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
    switch (stage.kind) {
      case 'who':
        return this.#renderWho();
      case 'account':
        return this.#renderAccount();
      case 'sent':
        return this.#renderSent(stage.to);
      case 'checking':
        return html`<p part="status" role="status">${msg('Checking your link…')}</p>`;
      case 'unreachable':
        return html`
          <p part="error" class="error" role="alert">${this.error}</p>
          <button part="button" type="button" @click=${this.#handleCheckAgain}>${msg('Try again')}</button>
        `;
      case 'password':
        return this.#renderPassword(stage.link);
      case 'dead':
        return this.#renderDeadLink(stage.code);
      case 'challenge':
        return this.#renderChallenge();
      case 'done':
        return this.#renderDone(stage.opened, stage.signedIn);
    }
  }

  #renderError(): TemplateResult {
    return html`<p part="error" class="error" id="form-error" role="alert">${this.error || nothing}</p>`;
  }

  #renderStep(n: number): TemplateResult {
    return html`<p part="step" class="step">${msg(str`Step ${n} of 2`)}</p>`;
  }

  #renderWho(): TemplateResult {
    const field = (name: 'email' | 'name', label: string, type: string, autocomplete: string, value: string) => html`
      <div class="field">
        <label part="label" for=${name}>${label}</label>
        <input
          part="input"
          id=${name}
          name=${name}
          type=${type}
          autocomplete=${autocomplete}
          .value=${live(value)}
          aria-invalid=${this.invalid === name ? 'true' : 'false'}
          aria-describedby="form-error"
        />
      </div>
    `;
    return html`
      ${this.#renderStep(1)}
      <h2 part="heading" tabindex="-1">${msg('Open a master account')}</h2>
      <p>${msg('A master account brings several of your seller accounts together under one sign-in. It is meant for sellers with more than one account.')}</p>
      <form part="form" novalidate @submit=${this.#handleWho}>
        ${field('email', msg('Email for the master account'), 'email', 'email', this.email)}
        ${field('name', msg('Your name'), 'text', 'name', this.name)}
        ${this.#renderError()}
        <button part="button" type="submit">${msg('Continue')}</button>
      </form>
    `;
  }

  #renderAccount(): TemplateResult {
    return html`
      ${this.#renderStep(2)}
      <h2 part="heading" tabindex="-1">${msg('Sign in with one of your seller accounts')}</h2>
      <p>
        ${msg('Your master account starts with this account; you can add the others later. Its password is checked once and not kept with the master account.')}
      </p>
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleRegister}>
        ${renderSellerProofFields({ idPrefix: 'seller', codeAsked: this.codeAsked, invalid: this.#proofInvalid(), errorId: 'form-error' })}
        ${this.#renderError()}
        <div class="actions">
          <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Checking…') : msg('Continue')}</button>
          <button part="back-button" class="secondary" type="button" ?disabled=${this.busy} @click=${() => void this.#show({ kind: 'who' })}>${msg('Back')}</button>
        </div>
      </form>
    `;
  }

  #proofInvalid(): SellerProofField | null {
    return this.invalid === 'email' || this.invalid === 'name' ? null : this.invalid;
  }

  #renderSent(to: string): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Check your mail')}</h2>
      <p part="status" role="status">
        ${msg(str`We sent a confirmation link to ${to}. Open it to choose the password of your master account: nothing is created until you do.`)}
      </p>
      <p>${msg('No message? Check the spam folder, or start over to correct the address and send a new link.')}</p>
      <button part="link-button" class="link" type="button" @click=${this.#restart}>${msg('Start over')}</button>
    `;
  }

  #renderPassword(link: MasterRegistrationDescription): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Choose the password of your master account')}</h2>
      <p class="who">${msg(str`The master account of ${link.name} (${link.email}) starts with the seller account ${link.account.name} (${link.account.handle}).`)}</p>
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleSave}>
        <!-- For password managers: the address the new password belongs to, which the sentence above names. -->
        <input id="master-email" name="username" type="email" autocomplete="username" hidden .value=${link.email} />
        <password-field
          part="password"
          exportparts=${passwordFieldParts}
          name="password"
          confirm
          required
          .rules=${link.passwordRules}
          .error=${this.passwordError}
          @foyer-password-input=${this.#handlePasswordInput}
        ></password-field>
        ${this.#renderError()}
        <button part="button" type="submit" ?disabled=${this.busy || !this.passwordValid}>${this.busy ? msg('Saving…') : msg('Save')}</button>
      </form>
    `;
  }

  #renderDeadLink(code: DeadMasterLink): TemplateResult {
    const [heading, sentence] =
      code === 'MASTER_LINK_EXPIRED'
        ? [msg('This link has expired'), msg('Links to open a master account work for a limited time. Start again: you will get a new link.')]
        : code === 'ACCOUNT_ALREADY_LINKED'
          ? [msg('This seller account is already linked'), msg('Another master account holds it now. Start again with another seller account, or remove it from that master account first.')]
          : [
              msg('This link does not work'),
              msg('It may have been used already, replaced by a newer link, or not copied whole. If you chose your password already, sign in with your email; otherwise start again.'),
            ];
    return html`
      <h2 part="heading" tabindex="-1">${heading}</h2>
      <p part="error" class="error" role="alert">${sentence}</p>
      <button part="link-button" class="link" type="button" @click=${this.#restart}>${msg('Start again')}</button>
    `;
  }

  #renderChallenge(): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Your master account is open: one more step to sign in')}</h2>
      <p>${msg('Your login has a second factor. Enter the code from your authenticator app, or one of your recovery codes.')}</p>
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleChallenge}>
        <div class="field">
          <label part="label" for="challenge-code">${msg('Code from your authenticator app, or a recovery code')}</label>
          <input
            part="input"
            id="challenge-code"
            name="code"
            type="text"
            autocomplete="one-time-code"
            spellcheck="false"
            aria-invalid=${this.invalid === 'code' ? 'true' : 'false'}
            aria-describedby="form-error"
          />
        </div>
        ${this.#renderError()}
        <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…') : msg('Sign in')}</button>
      </form>
    `;
  }

  #renderDone(opened: Opened, signedIn: boolean): TemplateResult {
    return html`
      <h2 part="heading" tabindex="-1">${msg('Your master account is open')}</h2>
      <p part="status" role="status" class="who">
        ${
          signedIn
            ? msg(str`You are signed in as ${opened.email}. It starts with the seller account ${opened.account}.`)
            : msg(str`This sign-in has expired. Sign in with ${opened.email} and the password you chose.`)
        }
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'master-registration': MasterRegistration;
  }
}
