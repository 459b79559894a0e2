import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { PasswordRule } from '@foyer/schema';
import { errorSentenceWithWait } from '../../internal/messages.js';
import { fieldSentence } from '../../internal/form-field.js';
import { passwordFieldParts } from '../../internal/password-parts.js';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import type { PasswordField } from '../password-field/password-field.js';
import { focusAfterUpdate, type PanelContext } from './panel.js';

/** The sentence for a refused current password, under its field. */
function currentPasswordProblem(info: FoyerErrorInfo): string | null {
  if (info.code === 'WRONG_PASSWORD') return msg('Your current password is not correct.');
  return info.fieldErrors.currentPassword || info.fieldErrors.password ? msg('Enter your current password.') : null;
}

/**
 * A new password, given the current one, in a `<password-field>` with the server's rules for
 * this person, typed twice. Every other session ends with it, which the form says before.
 */
export class PasswordPanel {
  /** The server's rules for this person's password; until they arrive, the standard policy's. */
  rules: PasswordRule[] | undefined = undefined;
  valid = false;
  pending = false;
  currentError = '';
  newError = '';
  error = '';
  message = '';
  readonly #c: PanelContext;
  readonly #changed: () => void;

  /** `changed`: the password was changed, and the other sessions with it. */
  constructor(context: PanelContext, changed: () => void) {
    this.#c = context;
    this.#changed = changed;
  }

  async load(): Promise<void> {
    const c = this.#c.connection();
    if (!c?.token) return;
    try {
      this.rules = await c.api.identity.passwordRules.query();
    } catch {
      // The server checks the password again when it is sent; until then the field shows the standard rules.
    }
    this.#c.host.requestUpdate();
  }

  forget(): void {
    this.rules = undefined;
    this.currentError = '';
    this.newError = '';
    this.error = '';
    this.message = '';
  }

  readonly #input = (event: FoyerPasswordInputEvent): void => {
    this.valid = event.valid;
    this.newError = '';
    this.#c.host.requestUpdate();
  };

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#c.connection();
    if (!c || this.pending) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const currentPassword = String(data.get('currentPassword') ?? '');
    const field = form.querySelector<PasswordField>('password-field');
    const host = this.#c.host;
    this.error = '';
    this.message = '';
    this.currentError = currentPassword ? '' : msg('Enter your current password.');
    if (this.currentError) {
      host.requestUpdate();
      return focusAfterUpdate(host, '#current-password');
    }
    if (field && !field.valid) {
      field.focus();
      return;
    }
    this.pending = true;
    host.requestUpdate();
    try {
      const { otherSessionsEnded } = await c.api.identity.changePassword.mutate({ currentPassword, newPassword: String(data.get('newPassword') ?? '') });
      form.reset();
      this.valid = false;
      this.message =
        otherSessionsEnded === 0
          ? msg('Your password was changed. You were signed in nowhere else.')
          : otherSessionsEnded === 1
            ? msg('Your password was changed, and 1 other session was signed out.')
            : msg(str`Your password was changed, and ${otherSessionsEnded} other sessions were signed out.`);
      this.#changed();
    } catch (error) {
      const info = describeError(error);
      const current = currentPasswordProblem(info);
      if (current) this.currentError = current;
      else if (info.code === 'PASSWORD_POLICY' || info.fieldErrors.newPassword) {
        this.newError = info.fieldErrors.newPassword ? fieldSentence(info.fieldErrors.newPassword) : msg('The password does not meet every password rule.');
        this.valid = false;
      } else this.error = errorSentenceWithWait(info);
      host.requestUpdate();
      await host.updateComplete;
      if (this.currentError) host.shadowRoot?.querySelector<HTMLInputElement>('#current-password')?.select();
      else if (this.newError) field?.focus();
    } finally {
      this.pending = false;
      host.requestUpdate();
    }
  };

  render(): TemplateResult {
    return html`
      <section part="section" class="section" aria-labelledby="password-title">
        <h3 part="section-title" id="password-title">${msg('Password')}</h3>
        <p part="message" class="message" role="status">${this.message}</p>
        <form part="form" novalidate aria-busy=${this.pending ? 'true' : 'false'} @submit=${this.#submit}>
          <div class="field">
            <label part="label" for="current-password">${msg('Current password')}</label>
            <input
              part="input"
              id="current-password"
              name="currentPassword"
              type="password"
              autocomplete="current-password"
              aria-invalid=${this.currentError ? 'true' : 'false'}
              aria-describedby="current-password-error"
            />
            <p part="error" class="error" id="current-password-error">${this.currentError || nothing}</p>
          </div>
          <password-field
            part="password"
            exportparts=${passwordFieldParts}
            name="newPassword"
            label=${msg('New password')}
            confirm
            required
            .rules=${this.rules}
            .error=${this.newError}
            @foyer-password-input=${this.#input}
          ></password-field>
          <p part="hint" class="hint" id="password-hint">${msg('Changing your password signs you out everywhere else. This device stays signed in.')}</p>
          <p part="error" class="error" role="alert">${this.error || nothing}</p>
          <button part="button button-primary" class="primary" type="submit" aria-describedby="password-hint" ?disabled=${this.pending || !this.valid}>
            ${this.pending ? msg('Changing…') : msg('Change password')}
          </button>
        </form>
      </section>
    `;
  }
}

/**
 * A new email address: the server sends a link to it and changes nothing until the link is
 * followed, so the panel says exactly that once the link is on its way.
 */
export class EmailPanel {
  pending = false;
  emailError = '';
  passwordError = '';
  error = '';
  message = '';
  readonly #c: PanelContext;
  readonly #current: () => string;

  /** `current`: the address the person signs in with now. */
  constructor(context: PanelContext, current: () => string) {
    this.#c = context;
    this.#current = current;
  }

  forget(): void {
    this.emailError = '';
    this.passwordError = '';
    this.error = '';
    this.message = '';
  }

  readonly #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#c.connection();
    if (!c || this.pending) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const host = this.#c.host;
    this.error = '';
    this.message = '';
    this.emailError = email ? '' : msg('Enter your new email address.');
    this.passwordError = password ? '' : msg('Enter your current password.');
    if (this.emailError || this.passwordError) {
      host.requestUpdate();
      return focusAfterUpdate(host, this.emailError ? '#new-email' : '#email-password');
    }
    this.pending = true;
    host.requestUpdate();
    try {
      const { sentTo } = await c.api.identity.changeEmail.mutate({ email, password });
      form.reset();
      const current = this.#current();
      this.message = current
        ? msg(str`A link was sent to ${sentTo}. Nothing changes until you follow it: until then you sign in with ${current}.`)
        : msg(str`A link was sent to ${sentTo}. Nothing changes until you follow it.`);
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'INVALID_INPUT' && info.fieldErrors.email) this.emailError = msg('Enter a valid email address.');
      else if (info.code === 'WRONG_PASSWORD' || info.fieldErrors.password) this.passwordError = currentPasswordProblem(info) ?? msg('Enter your current password.');
      else this.error = errorSentenceWithWait(info);
      host.requestUpdate();
      await host.updateComplete;
      host.shadowRoot?.querySelector<HTMLInputElement>(this.emailError ? '#new-email' : this.passwordError ? '#email-password' : '#new-email')?.select();
    } finally {
      this.pending = false;
      host.requestUpdate();
    }
  };

  render(): TemplateResult {
    const current = this.#current();
    return html`
      <section part="section" class="section" aria-labelledby="email-title">
        <h3 part="section-title" id="email-title">${msg('Email address')}</h3>
        ${current ? html`<p>${msg(str`You sign in with ${current}.`)}</p>` : nothing}
        <p part="message" class="message" role="status">${this.message}</p>
        <form part="form" novalidate aria-busy=${this.pending ? 'true' : 'false'} @submit=${this.#submit}>
          <div class="field">
            <label part="label" for="new-email">${msg('New email address')}</label>
            <input
              part="input"
              id="new-email"
              name="email"
              type="email"
              autocomplete="email"
              aria-invalid=${this.emailError ? 'true' : 'false'}
              aria-describedby="new-email-error email-hint"
            />
            <p part="error" class="error" id="new-email-error">${this.emailError || nothing}</p>
          </div>
          <div class="field">
            <label part="label" for="email-password">${msg('Current password')}</label>
            <input
              part="input"
              id="email-password"
              name="password"
              type="password"
              autocomplete="current-password"
              aria-invalid=${this.passwordError ? 'true' : 'false'}
              aria-describedby="email-password-error"
            />
            <p part="error" class="error" id="email-password-error">${this.passwordError || nothing}</p>
          </div>
          <p part="hint" class="hint" id="email-hint">
            ${msg('We send a link to the new address. Your email address changes only when you follow it, and your current address is told.')}
          </p>
          <p part="error" class="error" role="alert">${this.error || nothing}</p>
          <button part="button button-primary" class="primary" type="submit" ?disabled=${this.pending}>${this.pending ? msg('Sending…') : msg('Send the link')}</button>
        </form>
      </section>
    `;
  }
}
