import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';

/**
 * Why a mailed account link (a password reset, a sign-up or email confirmation) no longer works:
 * `expired`, or `invalid` — used already, replaced by a newer link, or not copied whole.
 */
export type DeadAccountLink = 'expired' | 'invalid';

/** The refusal's meaning when it says the link is spent; null for a refusal that trying again may get past. */
export function deadAccountLinkOf(info: FoyerErrorInfo): DeadAccountLink | null {
  switch (info.code) {
    case 'ACCOUNT_LINK_EXPIRED':
    case 'RESET_LINK_EXPIRED':
      return 'expired';
    case 'ACCOUNT_LINK_INVALID':
    case 'RESET_LINK_INVALID':
      return 'invalid';
    default:
      // A token the schema refuses (too short, wrong characters) is not a link that ever worked.
      return info.code === 'INVALID_INPUT' && info.fieldErrors.token ? 'invalid' : null;
  }
}

/**
 * Leaves for the page's `next` address once someone was signed in here. The provider stores
 * the new session in its next update: leaving after it, the next page finds the session.
 */
export async function goNext(next: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  location.assign(next);
}

/** The `<foyer-sign-in>` a finished link page ends with: who is signed in, or the form to sign in with the new password or address. */
export function renderSignIn(): TemplateResult {
  return html`<foyer-sign-in
    part="sign-in"
    exportparts="form: sign-in-form, label: sign-in-label, input: sign-in-input, button: sign-in-button, error: sign-in-error, status: sign-in-status"
  ></foyer-sign-in>`;
}

/** A link page's refusal, where its form's fields point (`aria-describedby="form-error"`); empty while there is none. */
export function renderFormError(error: string): TemplateResult {
  return html`<p part="error" class="error" id="form-error" role="alert">${error || nothing}</p>`;
}

export interface SecondStepForm {
  /** What was done already: "Your new password is set: one more step to sign in". */
  heading: string;
  /** The code field's id, unique within the page's shadow root. */
  inputId: string;
  busy: boolean;
  error: string;
  /** Whether the refusal is about the code. */
  codeInvalid: boolean;
  onSubmit: (event: SubmitEvent) => void;
}

/** The second step of signing in on a link page, for a login with a second factor: a code or a recovery code. */
export function renderSecondStep(o: SecondStepForm): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${o.heading}</h2>
    <p>${msg('Your login has a second factor. Enter the code from your authenticator app, or one of your recovery codes.')}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <div class="field">
        <label part="label" for=${o.inputId}>${msg('Code from your authenticator app, or a recovery code')}</label>
        <input
          part="input"
          id=${o.inputId}
          name="code"
          type="text"
          autocomplete="one-time-code"
          spellcheck="false"
          aria-invalid=${o.codeInvalid ? 'true' : 'false'}
          aria-describedby="form-error"
        />
      </div>
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy}>${o.busy ? msg('Signing in…') : msg('Sign in')}</button>
    </form>
  `;
}
