import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { renderFormError } from '../../internal/account-page.js';
import { renderSellerProofFields, type SellerProofField } from '../../internal/seller-proof.js';
import type { RegistrationField } from './registration-stage.js';

function renderStep(n: number): TemplateResult {
  return html`<p part="step" class="step">${msg(str`Step ${n} of 2`)}</p>`;
}

export interface WhoStep {
  /** What step 1 holds, kept when the person goes back to it. */
  email: string;
  name: string;
  error: string;
  invalid: RegistrationField | null;
  onSubmit: (event: SubmitEvent) => void;
}

/** Step 1: the master account's email and the person's name. */
export function renderWho(o: WhoStep): TemplateResult {
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
        aria-invalid=${o.invalid === name ? 'true' : 'false'}
        aria-describedby="form-error"
      />
    </div>
  `;
  return html`
    ${renderStep(1)}
    <h2 part="heading" tabindex="-1">${msg('Open a master account')}</h2>
    <p>${msg('A master account brings several of your seller accounts together under one sign-in. It is meant for sellers with more than one account.')}</p>
    <form part="form" novalidate @submit=${o.onSubmit}>
      ${field('email', msg('Email for the master account'), 'email', 'email', o.email)}
      ${field('name', msg('Your name'), 'text', 'name', o.name)}
      ${renderFormError(o.error)}
      <button part="button" type="submit">${msg('Continue')}</button>
    </form>
  `;
}

export interface AccountStep {
  busy: boolean;
  error: string;
  invalid: RegistrationField | null;
  /** The server said the seller account's owner has a second factor: the step asks for the code. */
  codeAsked: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onBack: () => void;
}

/** Step 2: the nickname and password of one existing seller account, and the owner's code where asked. */
export function renderAccount(o: AccountStep): TemplateResult {
  return html`
    ${renderStep(2)}
    <h2 part="heading" tabindex="-1">${msg('Sign in with one of your seller accounts')}</h2>
    <p>
      ${msg('Your master account starts with this account; you can add the others later. Its password is checked once and not kept with the master account.')}
    </p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      ${renderSellerProofFields({ idPrefix: 'seller', codeAsked: o.codeAsked, invalid: proofInvalid(o.invalid), errorId: 'form-error' })}
      ${renderFormError(o.error)}
      <div class="actions">
        <button part="button" type="submit" ?disabled=${o.busy}>${o.busy ? msg('Checking…') : msg('Continue')}</button>
        <button part="back-button" class="secondary" type="button" ?disabled=${o.busy} @click=${o.onBack}>${msg('Back')}</button>
      </div>
    </form>
  `;
}

function proofInvalid(invalid: RegistrationField | null): SellerProofField | null {
  return invalid === 'email' || invalid === 'name' ? null : invalid;
}

/** The confirmation went to `to`: nothing is created until its link is opened. */
export function renderSent(to: string, onRestart: () => void): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Check your mail')}</h2>
    <p part="status" role="status">
      ${msg(str`We sent a confirmation link to ${to}. Open it to choose the password of your master account: nothing is created until you do.`)}
    </p>
    <p>${msg('No message? Check the spam folder, or start over to correct the address and send a new link.')}</p>
    <button part="link-button" class="link" type="button" @click=${onRestart}>${msg('Start over')}</button>
  `;
}
