import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { createFoyerApi, describeError, type FoyerApi } from '@foyer/client';
import type { IdentitySummary, SignedIn } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import { errorSentence, sessionEnded } from '../../internal/messages.js';
import type { SecondFactorEnrolment } from '../../internal/second-factor/enrolment.js';
import { foyerSignInStyles } from './foyer-sign-in.styles.js';

/**
 * @summary Email and password sign-in for the studio's owner and staff; once signed in, says
 * who is signed in and offers to sign out. An account with a second factor is asked for the
 * code from its authenticator app (or a recovery code) in a second step. Where the provider's
 * workspace requires a second factor and the account has none, the person sets up an
 * authenticator app right there (QR code or key, a code to confirm, recovery codes shown once)
 * and is signed in once it is on, instead of being signed in to a refusal.
 *
 * @event foyer-signed-in - Signed in with email and password; `kind` is `identity`.
 *
 * @csspart form - The sign-in form.
 * @csspart label - Each field's label.
 * @csspart input - The email, the password and the second-factor code field.
 * @csspart error - The live region that tells why a sign-in was refused.
 * @csspart button - The sign-in and the sign-out button.
 * @csspart status - The line that names who is signed in.
 * @csspart hint - The line under the second-factor code field, and why a second factor is set up now.
 * @csspart link-button - "Start again", back from the code to email and password.
 * @csspart button-primary - The button that takes a step of the second factor's setup forward.
 * @csspart qr - The QR code to scan into an authenticator app (an SVG image, labelled; the key is its text).
 * @csspart key - The key, typed out in groups of four.
 * @csspart recovery-codes - The new recovery codes, shown once, with their copy and download.
 * @csspart download - The link that downloads the recovery codes as a text file.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=24rem] - The form's widest extent.
 * @cssproperty [--input-border-color=var(--foyer-color-border)]
 * @cssproperty [--input-radius=var(--foyer-radius)]
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--qr-color=#000] - The QR code's dark modules.
 * @cssproperty [--qr-background=#fff] - The QR code's light modules and quiet zone.
 */
export class FoyerSignIn extends LitElement {
  static {
    FoyerSignIn.addInitializer(updateWhenLocaleChanges);
    FoyerSignIn.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    identity: { state: true },
    checking: { state: true },
    busy: { state: true },
    error: { state: true },
    challenge: { state: true },
  };

  static override styles = foyerSignInStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** Who is signed in, once the server said so. */
  identity: IdentitySummary | undefined = undefined;
  checking = false;
  busy = false;
  error = '';
  /** Set between the password and the second factor: the server's single-use challenge. */
  challenge: string | null = null;

  /**
   * A sign-in held back while its person sets up the second factor the workspace requires: its
   * session is not the provider's yet, so no element acts on it before the factor is on.
   */
  #held: { signedIn: SignedIn; api: FoyerApi } | null = null;

  /**
   * The second factor's setup: most people signing in never set one up here, so its code is
   * fetched only once a password is sent to a workspace, and the setup made only where it is needed.
   */
  readonly #enrolmentPart = new LazyPart(() => import('../../internal/second-factor/enrolment.js'));
  #enrolment: SecondFactorEnrolment | undefined = undefined;

  /** The setup, made the first time it is needed; rejects when its code could not be fetched. */
  async #makeEnrolment(): Promise<SecondFactorEnrolment> {
    const { SecondFactorEnrolment } = await this.#enrolmentPart.get();
    this.#enrolment ??= new SecondFactorEnrolment(this, {
      idPrefix: 'enrol',
      headingLevel: 2,
      account: () => this.#held?.signedIn.identity.email ?? '',
      intro: () => msg('This workspace requires a second factor. Set up an authenticator app now to finish signing in.'),
      doneLabel: () => msg('Continue'),
      onDone: () => this.#finishEnrolment(),
      onCancel: () => void this.#abandonEnrolment(),
    });
    return this.#enrolment;
  }

  get #emailInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[name="email"]') ?? null;
  }
  get #passwordInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[name="password"]') ?? null;
  }
  get #codeInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[name="code"]') ?? null;
  }

  #checkedToken: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('connection')) return;
    const token = this.connection?.token ?? null;
    if (token === this.#checkedToken) return;
    this.#checkedToken = token;
    this.identity = undefined;
    const kind = this.connection?.sessionKind ?? null;
    // A session this element did not start may still be an owner's (after a reload): ask.
    if (kind === 'identity' || kind === 'unknown') void this.#checkSession();
  }

  async #checkSession(): Promise<void> {
    const connection = this.connection;
    if (!connection?.token) return;
    const token = connection.token;
    this.checking = true;
    try {
      const me = await connection.api.identity.me.query();
      if (this.connection?.token === token) this.identity = me.identity;
    } catch (error) {
      // An owner's session that ended is cleared; a client's session is not ours to end.
      if (sessionEnded(describeError(error)) && connection.sessionKind === 'identity') connection.setToken(null);
    } finally {
      this.checking = false;
    }
  }

  /** Focuses the email field, or the sign-out button when signed in. */
  override focus(options?: FocusOptions): void {
    (this.#emailInput ?? this.renderRoot.querySelector<HTMLElement>('button'))?.focus(options);
  }

  async #handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const connection = this.connection;
    if (!connection || this.busy) return;
    const email = this.#emailInput?.value.trim() ?? '';
    const password = this.#passwordInput?.value ?? '';
    if (!email || !password) {
      this.error = msg('Enter your email and your password.');
      (email ? this.#passwordInput : this.#emailInput)?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    // Only a sign-in to a workspace may have to set up a second factor first: its code is fetched
    // beside the server's answer, so the setup shows without a further wait where it is needed.
    if (connection.workspace) this.#enrolmentPart.prefetch();
    try {
      const result = await connection.api.identity.signIn.mutate({ email, password });
      if (result.secondFactorRequired) {
        this.challenge = result.challenge;
        await this.updateComplete;
        this.#codeInput?.focus();
        return;
      }
      if (await this.#enrolFirst(connection, result, password)) return;
      this.#signedIn(connection, result);
    } catch (error) {
      const info = describeError(error);
      this.error = info.code === 'INVALID_INPUT' && info.fieldErrors.email ? msg('Enter a valid email address.') : errorSentence(info);
      await this.updateComplete;
      this.#passwordInput?.select();
    } finally {
      this.busy = false;
    }
  }

  /**
   * A workspace that requires a second factor refuses every call of a member who has none.
   * Rather than sign in to that refusal, the person sets one up now, with the password just
   * typed, on the new session held back from the provider. The server still decides: the session
   * reaches the workspace only once a code from the new factor is confirmed on it.
   */
  async #enrolFirst(connection: FoyerConnection, signedIn: SignedIn, password: string): Promise<boolean> {
    if (!connection.workspace) return false;
    const api = createFoyerApi({ server: connection.server, getToken: () => signedIn.token });
    let reason: string | undefined;
    try {
      reason = (await api.identity.accounts.query()).find((a) => a.workspace === connection.workspace)?.reason;
    } catch {
      // The workspace's own calls tell the reason then, as they would have.
      return false;
    }
    if (reason !== 'SECOND_FACTOR_NOT_SET_UP') return false;
    this.#held = { signedIn, api };
    let enrolment: SecondFactorEnrolment;
    try {
      enrolment = await this.#makeEnrolment();
    } catch {
      await this.#abandonEnrolment();
      this.error = partUnavailable();
      return true;
    }
    const refused = await enrolment.begin(api, password);
    if (refused) {
      await this.#abandonEnrolment();
      this.error = errorSentence(refused);
    }
    return true;
  }

  /** The second factor is on and this session passed it: the held sign-in is the provider's now. */
  #finishEnrolment(): void {
    const held = this.#held;
    const connection = this.connection;
    this.#held = null;
    if (held && connection) this.#signedIn(connection, held.signedIn);
  }

  /** Given up before the factor was on: the held session ends, and the form asks again. */
  async #abandonEnrolment(): Promise<void> {
    const held = this.#held;
    this.#held = null;
    this.#enrolment?.close();
    this.error = '';
    await this.updateComplete;
    this.#emailInput?.focus();
    // Best effort: a session left behind ends at its idle lifetime, and reaches no workspace meanwhile.
    await held?.api.identity.signOut.mutate().catch(() => {});
  }

  #signedIn(connection: FoyerConnection, signedIn: SignedIn): void {
    this.#checkedToken = signedIn.token;
    this.identity = signedIn.identity;
    this.challenge = null;
    connection.signIn(signedIn.token, 'identity');
    this.dispatchEvent(new FoyerSignedInEvent('identity'));
  }

  /** The second step: six digits are an authenticator code, anything else a recovery code. */
  async #handleCodeSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const connection = this.connection;
    const challenge = this.challenge;
    if (!connection || !challenge || this.busy) return;
    const typed = this.#codeInput?.value.replace(/\s+/g, '') ?? '';
    if (!typed) {
      this.error = msg('Enter the code from your authenticator app.');
      this.#codeInput?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const proof = /^\d{6}$/.test(typed) ? { code: typed } : { recoveryCode: typed };
      this.#signedIn(connection, await connection.api.identity.signInSecondFactor.mutate({ challenge, ...proof }));
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'CHALLENGE_EXPIRED') this.challenge = null;
      this.error = info.code === 'INVALID_INPUT' ? msg('Enter the 6 digits from your authenticator app, or one of your recovery codes.') : errorSentence(info);
      await this.updateComplete;
      (this.#codeInput ?? this.#emailInput)?.select();
    } finally {
      this.busy = false;
    }
  }

  #renderCodeForm() {
    const invalid = this.error ? 'true' : 'false';
    return html`
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleCodeSubmit}>
        <div class="field">
          <label part="label" for="code">${msg('Code from your authenticator app, or a recovery code')}</label>
          <input
            part="input"
            id="code"
            name="code"
            type="text"
            inputmode="text"
            autocomplete="one-time-code"
            spellcheck="false"
            aria-invalid=${invalid}
            aria-describedby="code-hint sign-in-error"
          />
          <p part="hint" class="hint" id="code-hint">${msg('Your account has a second factor. Each recovery code works once.')}</p>
          <p part="error" class="error" id="sign-in-error" role="alert">${this.error || nothing}</p>
        </div>
        <div class="actions">
          <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…') : msg('Continue')}</button>
          <button part="link-button" class="link" type="button" ?disabled=${this.busy} @click=${this.#handleStartAgain}>
            ${msg('Start again')}
          </button>
        </div>
      </form>
    `;
  }

  /** Back from the code to email and password, for another account or a typo in the email. */
  #handleStartAgain(): void {
    this.challenge = null;
    this.error = '';
    void this.updateComplete.then(() => this.#emailInput?.focus());
  }

  async #handleSignOut(): Promise<void> {
    const connection = this.connection;
    if (!connection || this.busy) return;
    this.busy = true;
    try {
      await connection.api.identity.signOut.mutate();
    } catch {
      // The session is left behind either way; the server ends it at its idle lifetime.
    } finally {
      this.busy = false;
      this.identity = undefined;
      connection.setToken(null);
    }
  }

  protected override render() {
    if (this.identity) {
      const who = this.identity.name ? `${this.identity.name} (${this.identity.email})` : this.identity.email;
      return html`
        <div class="signed-in">
          <p part="status">${msg(str`Signed in as ${who}`)}</p>
          <button part="button" type="button" class="secondary" ?disabled=${this.busy} @click=${this.#handleSignOut}>
            ${msg('Sign out')}
          </button>
        </div>
      `;
    }
    if (this.checking) return html`<p part="status" class="status" role="status">${msg('Checking your session…')}</p>`;
    if (this.#enrolment && this.#enrolment.phase !== 'closed') return this.#enrolment.render();
    if (this.challenge) return this.#renderCodeForm();
    const invalid = this.error ? 'true' : 'false';
    return html`
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleSubmit}>
        <div class="field">
          <label part="label" for="email">${msg('Email')}</label>
          <input part="input" id="email" name="email" type="email" autocomplete="username" aria-invalid=${invalid} aria-describedby="sign-in-error" />
        </div>
        <div class="field">
          <label part="label" for="password">${msg('Password')}</label>
          <input
            part="input"
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            aria-invalid=${invalid}
            aria-describedby="sign-in-error"
          />
          <p part="error" class="error" id="sign-in-error" role="alert">${this.error || nothing}</p>
        </div>
        <button part="button" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…') : msg('Sign in')}</button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-sign-in': FoyerSignIn;
  }
}
