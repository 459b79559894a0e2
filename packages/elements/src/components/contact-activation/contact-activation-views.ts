import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { renderNewPassword } from '../../internal/password-parts.js';
import type { LiveLink } from './activation-link.js';

/** A link that cannot activate: what happened to it and what to do instead; no form. */
export function renderDeadLink(heading: string, sentence: string): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${heading}</h2>
    <p part="error" class="error" role="alert">${sentence}</p>
  `;
}

/**
 * A contact whose email has a login: the page's sign-in, and once signed in the terms and the
 * button; the link never asks for the password of a login that exists.
 */
export function renderExistingLogin(o: {
  link: LiveLink;
  signedIn: boolean;
  busy: boolean;
  error: string;
  termsError: string;
  onSignedIn: () => void;
  onSubmit: (event: SubmitEvent) => void;
}): TemplateResult {
  const d = o.link;
  return html`
    <h2 part="heading" tabindex="-1">${msg(str`Welcome, ${d.name}`)}</h2>
    <p>
      ${
        o.signedIn
          ? msg(str`Activate your account with ${d.workspaceName} for the login you are signed in with.`)
          : msg(str`${d.email} already has a login. Sign in with it to activate your account with ${d.workspaceName}; your password stays as it is.`)
      }
    </p>
    <foyer-sign-in
      part="sign-in"
      exportparts="form: sign-in-form, input: sign-in-input, button: sign-in-button, error: sign-in-error, status: sign-in-status"
      @foyer-signed-in=${o.onSignedIn}
    ></foyer-sign-in>
    ${
      o.signedIn
        ? html`
          <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
            ${renderTerms(d, o.termsError)}
            <p part="error" class="error" role="alert">${o.error || nothing}</p>
            <button part="button" type="submit" ?disabled=${o.busy}>${o.busy ? msg('Activating…') : msg('Activate my account')}</button>
          </form>
        `
        : nothing
    }
  `;
}

/** A contact without a login: a new password with the server's rules, typed twice, and the terms. */
export function renderNewLogin(o: {
  link: LiveLink;
  busy: boolean;
  error: string;
  passwordValid: boolean;
  passwordError: string;
  termsError: string;
  onInput: (event: FoyerPasswordInputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
}): TemplateResult {
  const d = o.link;
  return html`
    <h2 part="heading" tabindex="-1">${msg(str`Welcome, ${d.name}`)}</h2>
    <p>${msg(str`Choose a password to activate your account with ${d.workspaceName}.`)}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <div class="field">
        <label part="label" for="email">${msg('Email')}</label>
        <input part="input" id="email" name="email" type="email" autocomplete="username" readonly .value=${d.email} />
      </div>
      ${renderNewPassword({ rules: d.passwordRules, error: o.passwordError, onInput: o.onInput })}
      ${renderTerms(d, o.termsError)}
      <p part="error" class="error" role="alert">${o.error || nothing}</p>
      <button part="button" type="submit" ?disabled=${o.busy || !o.passwordValid}>${o.busy ? msg('Activating…') : msg('Activate my account')}</button>
    </form>
  `;
}

/** The shop's terms of service to read and accept, where it has any. */
function renderTerms(d: LiveLink, termsError: string): TemplateResult | typeof nothing {
  const terms = d.terms;
  return terms
    ? html`
        <div part="terms" class="terms">
          <h3 id="terms-heading">${msg(str`${terms.title} (version ${terms.version})`)}</h3>
          <div class="terms-text" tabindex="0" role="region" aria-labelledby="terms-heading">${terms.text}</div>
          <label class="check">
            <input
              part="checkbox"
              type="checkbox"
              name="accept"
              aria-invalid=${termsError ? 'true' : 'false'}
              aria-describedby="terms-error"
            />
            ${msg('I accept the terms of service')}
          </label>
          <p part="error" class="error" id="terms-error">${termsError || nothing}</p>
        </div>
      `
    : nothing;
}
