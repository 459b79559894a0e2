import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { renderNewPassword } from '../../internal/password-parts.js';
import { renderFormError, renderSecondStep, renderSignIn, type DeadAccountLink } from '../../internal/account-page.js';
import type { ResetLink } from './reset-link.js';

/** What every stage's form shows of the element's state. */
interface FormState {
  busy: boolean;
  /** The sentence under the form. */
  error: string;
  /** The field that sentence is about. */
  invalid: 'email' | 'code' | null;
}

/** "Forgot your password?": the account's email address. */
export function renderAsk(o: FormState & { email: string; onSubmit: (event: SubmitEvent) => void }): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Forgot your password?')}</h2>
    <p>${msg('Enter the email address of your account. We will send it a link to choose a new password.')}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <div class="field">
        <label part="label" for="reset-email">${msg('Email')}</label>
        <input
          part="input"
          id="reset-email"
          name="email"
          type="email"
          autocomplete="username"
          .value=${o.email}
          aria-invalid=${o.invalid === 'email' ? 'true' : 'false'}
          aria-describedby="form-error"
        />
      </div>
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy}>${o.busy ? msg('Sending…') : msg('Send the link')}</button>
    </form>
  `;
}

/** The same answer whatever the address: the page never tells whether it has an account. */
export function renderSent(to: string, onAgain: () => void): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Check your inbox')}</h2>
    <p part="status" role="status" class="who">${msg(str`If an account exists for ${to}, we sent it a link to choose a new password. Check your inbox.`)}</p>
    <p>${msg('The link works once, for a limited time. No message after a few minutes? Check your spam folder, or send another link.')}</p>
    <button part="link-button" class="link" type="button" @click=${onAgain}>${msg('Send another link')}</button>
  `;
}

/** The new password, typed twice, with the rules the server holds for this account. */
export function renderChoose(
  o: FormState & {
    link: ResetLink;
    passwordValid: boolean;
    passwordError: string;
    onInput: (event: FoyerPasswordInputEvent) => void;
    onSubmit: (event: SubmitEvent) => void;
  },
): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Choose a new password')}</h2>
    <p class="who">${msg(str`For the account ${o.link.email}. Saving it signs you out everywhere else.`)}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <!-- For password managers: the address the new password belongs to, which the sentence above names. -->
      <input id="reset-username" name="username" type="email" autocomplete="username" hidden .value=${o.link.email} />
      ${renderNewPassword({ rules: o.link.passwordRules, label: msg('New password'), error: o.passwordError, onInput: o.onInput })}
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy || !o.passwordValid}>${o.busy ? msg('Saving…') : msg('Save the new password')}</button>
    </form>
  `;
}

/** A link that no longer works says why, and offers to send a new one. */
export function renderDead(why: DeadAccountLink, onAgain: () => void): TemplateResult {
  const [heading, sentence] =
    why === 'expired'
      ? [msg('This link has expired'), msg('Links to choose a new password work for a limited time. Ask for a new one: it goes to the same address.')]
      : [
          msg('This link does not work'),
          msg('It may have been used already, replaced by a newer link, or not copied whole. If you chose a new password already, sign in with it; otherwise ask for a new link.'),
        ];
  return html`
    <h2 part="heading" tabindex="-1">${heading}</h2>
    <p part="error" class="error" role="alert">${sentence}</p>
    <button part="button" type="button" @click=${onAgain}>${msg('Ask for a new link')}</button>
  `;
}

/** The second step of signing in, for a login with a second factor. */
export function renderChallenge(o: FormState & { onSubmit: (event: SubmitEvent) => void }): TemplateResult {
  return renderSecondStep({
    heading: msg('Your new password is set: one more step to sign in'),
    inputId: 'reset-code',
    busy: o.busy,
    error: o.error,
    codeInvalid: o.invalid === 'code',
    onSubmit: o.onSubmit,
  });
}

/**
 * The password is set. With `next` the page goes there (the link is for a browser that does not
 * follow); without, the `<foyer-sign-in>` names who is signed in, or signs in with the new password.
 */
export function renderDone(email: string, signedIn: boolean, next: string): TemplateResult {
  const status = !signedIn
    ? msg(str`This sign-in has expired. Sign in with ${email} and your new password.`)
    : next
      ? msg(str`You are signed in as ${email}. Every other session of your account was signed out.`)
      : msg('Every other session of your account was signed out.');
  return html`
    <h2 part="heading" tabindex="-1">${msg('Your new password is set')}</h2>
    <p part="status" role="status" class="who">${status}</p>
    ${next ? html`<p><a part="next" href=${next}>${msg('Continue')}</a></p>` : nothing}
    ${signedIn && next ? nothing : renderSignIn()}
  `;
}
