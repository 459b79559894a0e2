import { LitElement, html, type nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { createFoyerApi, describeError, type FoyerErrorInfo } from '@foyer/client';
import type { InvitationDescription } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { LinkTokenController } from '../../internal/link-token-controller.js';
import { goNext } from '../../internal/account-page.js';
import type { PasswordField } from '../password-field/password-field.js';
import { invitationAcceptStyles } from './invitation-accept.styles.js';
import { renderStage, type JoinField } from './invitation-accept-views.js';
import { deadInvitationOf, nextFor, type Stage } from './invitation-stage.js';
import { InvitedSession, type SignedInAs } from './invited-session.js';

/**
 * @summary The page of a team invitation's mailed link (`token-from-link` reads
 * `#invitation=…` from the page address, or set `token`). It says who invited the person, to
 * which workspace and as what, the address the invitation was sent to and until when it works.
 *
 * A person without an account chooses a password there (a `<password-field>` with the
 * workspace's rules, typed twice) and may give a name; accepting creates the account, makes them
 * a member and signs them in. A person whose address has an account accepts with one button
 * while signed in as that address: the page's `<foyer-sign-in>` signs them in first, and someone
 * signed in as another address is told so and offered to sign out. The link never sets or asks
 * for the password of an account that exists.
 *
 * Once accepted the token leaves the address and, with `next`, the page goes there; without,
 * the element says where the person works and who is signed in. An expired, used or withdrawn
 * invitation, or a link that never was one, says what to do instead and shows no form.
 * Without a token it shows nothing, so it can sit on a workspace's page beside its other elements.
 *
 * Place it inside a `<foyer-provider>` with the server; it names no workspace of its own: the
 * link names it.
 *
 * @event foyer-signed-in - A person without an account accepted: the account exists and they are signed in; `kind` is `identity`.
 *
 * @csspart heading - Each stage's heading; it takes focus when the stage changes.
 * @csspart invitation - "… invited you to … as …".
 * @csspart details - The address the invitation was sent to, and until when it works.
 * @csspart status - The sentence while the link or the session is checked, who is signed in, and once joined.
 * @csspart wrong-account - The sentence that someone else is signed in than the invited address.
 * @csspart form - The new account's form.
 * @csspart label - Each field's label.
 * @csspart input - The name field, and the fields of the `<password-field>`.
 * @csspart error - Why the link or the acceptance was refused, and what a dead link's person should do.
 * @csspart button - "Accept invitation", and "Try again" when the server could not be reached.
 * @csspart next - The link to `next`, once joined.
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
 * @csspart sign-in - The `<foyer-sign-in>` (the form to sign in as the invited address, or who is
 *   signed in with a sign-out); its own parts are exported with a `sign-in-` prefix.
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
export class InvitationAccept extends LitElement {
  static {
    InvitationAccept.addInitializer(updateWhenLocaleChanges);
    InvitationAccept.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    token: {},
    tokenFromLink: { type: Boolean, attribute: 'token-from-link' },
    next: {},
    stage: { state: true },
    signedInAs: { state: true },
    name: { state: true },
    busy: { state: true },
    error: { state: true },
    invalid: { state: true },
    passwordValid: { state: true },
    passwordError: { state: true },
  };

  static override styles = invitationAcceptStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The token of the mailed invitation link, when the page reads it itself. */
  token = '';

  /**
   * Read the token from the page address's `#invitation=…` fragment, where the invitation link
   * puts it; once the invitation is accepted (or the link is of no use), it leaves the address.
   */
  tokenFromLink = false;

  /**
   * Where to go once the person joined and is signed in, such as the workspace's own start page.
   * `{workspace}` in it becomes the handle of the workspace the invitation was to
   * (`/team.html?workspace={workspace}`), for a page that serves several workspaces.
   */
  next = '';

  stage: Stage = { kind: 'none' };
  /** Who the provider's session is, for an invitation to an address that has an account. */
  signedInAs: SignedInAs = undefined;
  /** The name typed into the new account's form, kept when the form shows again. */
  name = '';
  busy = false;
  /** The sentence under the form or button of the stage shown. */
  error = '';
  /** The field that sentence is about. */
  invalid: JoinField | null = null;
  /** Whether the new password meets every rule and is repeated: Accept works only then. */
  passwordValid = false;
  passwordError = '';

  readonly #link = new LinkTokenController(this, 'invitation');
  readonly #session = new InvitedSession(this);
  #describedFor = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tokenFromLink')) this.#link.read();
    if (changed.has('token') && !this.token && this.#describedFor) {
      this.#describedFor = '';
      this.stage = { kind: 'none' };
    }
    const c = this.connection;
    const key = c && this.token ? `${c.server}\n${this.token}` : '';
    if (key && key !== this.#describedFor) {
      this.#describedFor = key;
      this.stage = { kind: 'checking' };
      void this.#describe();
    }
    const stage = this.stage;
    if (stage.kind === 'open' && stage.link.hasAccount) this.#session.check();
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

  async #describe(token = this.token, keepStage = false): Promise<void> {
    const c = this.connection;
    if (!c || !token) return;
    try {
      const link = await c.api.invitations.describe.query({ token });
      if (token !== this.token) return;
      if (link.state !== 'valid') {
        this.#link.forget();
        this.stage = { kind: 'dead', why: link.state, link };
        return;
      }
      if (!keepStage) {
        this.passwordValid = false;
        this.passwordError = '';
      }
      this.stage = { kind: 'open', link };
    } catch (error) {
      if (token !== this.token) return;
      const info = describeError(error);
      const why = deadInvitationOf(info);
      if (why) this.#link.forget();
      this.error = why ? '' : errorSentenceWithWait(info);
      this.stage = why ? { kind: 'dead', why, link: null } : { kind: 'unreachable' };
    }
  }

  #handleSignedIn(): void {
    this.#session.signedIn();
    this.error = '';
  }

  #handleTryAgain(): void {
    this.stage = { kind: 'checking' };
    this.error = '';
    void this.#describe();
  }

  #handlePasswordInput(event: FoyerPasswordInputEvent): void {
    this.passwordValid = event.valid;
    this.passwordError = '';
    if (this.invalid === 'password') this.invalid = null;
  }

  /** A person without an account: the account is created with the password, and they are signed in. */
  async #handleJoin(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    const stage = this.stage;
    const field = this.#passwordField;
    if (!c || stage.kind !== 'open' || this.busy || !field) return;
    this.name = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="name"]')?.value.trim() ?? '';
    if (!field.valid) {
      field.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const signedIn = await c.api.invitations.accept.mutate({ token: this.token, password: field.value, ...(this.name ? { name: this.name } : {}) });
      this.#link.forget();
      c.signIn(signedIn.token, 'identity');
      await this.#show({ kind: 'joined', link: stage.link, email: signedIn.identity.email });
      this.dispatchEvent(new FoyerSignedInEvent('identity'));
      if (this.next) await goNext(nextFor(this.next, stage.link));
    } catch (error) {
      await this.#refused(describeError(error), stage.link);
    } finally {
      this.busy = false;
    }
  }

  /** A person with an account, signed in as the invited address: one button. */
  async #handleAccept(): Promise<void> {
    const c = this.connection;
    const stage = this.stage;
    if (!c || stage.kind !== 'open' || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      const signedIn = await c.api.invitations.accept.mutate({ token: this.token });
      this.#link.forget();
      // The provider keeps the session the person signed in with; the one the acceptance also started is not needed.
      void createFoyerApi({ server: c.server, getToken: () => signedIn.token })
        .identity.signOut.mutate()
        .catch(() => {});
      await this.#show({ kind: 'joined', link: stage.link, email: signedIn.identity.email });
      if (this.next) await goNext(nextFor(this.next, stage.link));
    } catch (error) {
      await this.#refused(describeError(error), stage.link);
    } finally {
      this.busy = false;
    }
  }

  /** Why accepting was refused: a link that leads nowhere now, the session, or the form to correct. */
  async #refused(info: FoyerErrorInfo, link: InvitationDescription): Promise<void> {
    const why = deadInvitationOf(info);
    if (why) {
      this.#link.forget();
      return this.#show({ kind: 'dead', why, link });
    }
    switch (info.code) {
      case 'INVITATION_NEEDS_SIGN_IN':
        // An account for the address was made meanwhile, or the session ended: sign in as the address.
        if (!link.hasAccount) await this.#describe(this.token, true);
        this.#session.forget();
        this.error = msg('Sign in with the invited address, then accept.');
        this.requestUpdate();
        return;
      case 'INVITATION_WRONG_ACCOUNT':
        // The session changed since it was asked: ask again, and the sentence names who it is now.
        this.#session.forget();
        this.requestUpdate();
        return;
      case 'PASSWORD_POLICY':
        this.passwordError = errorSentence(info);
        this.passwordValid = false;
        // The rules may have changed since the link was opened: show the ones that hold now.
        await this.#describe(this.token, true);
        return this.#focusRefused('password');
    }
    if (info.fieldErrors.password) {
      this.passwordError = fieldSentence(info.fieldErrors.password);
      this.passwordValid = false;
      return this.#focusRefused('password');
    }
    if (info.fieldErrors.name) {
      this.error = fieldSentence(info.fieldErrors.name);
      return this.#focusRefused('name');
    }
    this.error = errorSentenceWithWait(info);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button[part="button"]')?.focus();
  }

  async #focusRefused(field: JoinField): Promise<void> {
    this.invalid = field;
    await this.updateComplete;
    if (field === 'password') return this.#passwordField?.focus();
    const input = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`);
    input?.focus();
    input?.select();
  }

  #locale(): string {
    return this.closest('[lang]')?.getAttribute('lang') || navigator.language;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.connection) {
      return html`<p part="error" class="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    return renderStage(this.stage, {
      locale: this.#locale(),
      signedInAs: this.signedInAs,
      busy: this.busy,
      error: this.error,
      invalid: this.invalid,
      name: this.name,
      passwordValid: this.passwordValid,
      passwordError: this.passwordError,
      next: this.next,
      onTryAgain: () => this.#handleTryAgain(),
      onAccept: () => void this.#handleAccept(),
      onSignedIn: () => this.#handleSignedIn(),
      onInput: (e) => this.#handlePasswordInput(e),
      onSubmit: (e) => this.#handleJoin(e),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invitation-accept': InvitationAccept;
  }
}
