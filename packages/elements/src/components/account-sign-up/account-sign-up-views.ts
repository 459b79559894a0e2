import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { renderNewPassword } from '../../internal/password-parts.js';
import { renderFormError, renderSignIn, type DeadAccountLink } from '../../internal/account-page.js';

/** The fields of the sign-up form a refusal can be about. */
export type SignUpField = 'email' | 'name' | 'password';

/** The form's heading: a person's account, or an agency's (`agency`). */
const formHeading = (agency: boolean) => (agency ? msg('Register an agency') : msg('Create an account'));

/** The operator creates accounts by invitation only: a plain sentence, and no form the server would refuse. */
export function renderClosed(agency: boolean): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${formHeading(agency)}</h2>
    <p part="status" role="status">${msg('This site creates accounts by invitation only.')}</p>
    <p>
      ${agency ? msg('Ask whoever runs this site to create your agency’s account.') : msg('If you were invited, open the link in the invitation you received.')}
    </p>
  `;
}

/**
 * What an agency account is, said before anything is typed: the server refuses the address of
 * an account that exists, and opens no client's grant until the second factor is on.
 */
function renderAgencyIntro(): TemplateResult {
  return html`
    <p>
      ${msg('This creates an agency account: your agency’s own account, with which it works in the accounts of the clients who give it access. Use an email address that your agency uses for nothing else here.')}
    </p>
    <p>${msg('Before any client’s access opens, the agency turns on a second factor (an authenticator app).')}</p>
  `;
}

export function renderForm(o: {
  agency: boolean;
  busy: boolean;
  error: string;
  invalid: SignUpField | null;
  email: string;
  name: string;
  passwordValid: boolean;
  passwordError: string;
  onInput: (event: FoyerPasswordInputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
}): TemplateResult {
  const field = (name: 'email' | 'name', label: TemplateResult | string, type: string, autocomplete: string, value: string, required = false) => html`
    <div class="field">
      <label part="label" for=${`sign-up-${name}`}>${label}</label>
      <input
        part="input"
        id=${`sign-up-${name}`}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${value}
        ?required=${required}
        aria-invalid=${o.invalid === name ? 'true' : 'false'}
        aria-describedby="form-error"
      />
    </div>
  `;
  return html`
    <h2 part="heading" tabindex="-1">${formHeading(o.agency)}</h2>
    ${o.agency ? renderAgencyIntro() : nothing}
    <p>${msg('We will send a link to your address to confirm it. Your account is created once you open it.')}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      ${field('email', msg('Email'), 'email', 'username', o.email)}
      ${
        o.agency
          ? field('name', msg('Agency name'), 'text', 'organization', o.name, true)
          : field('name', html`${msg('Your name')} <span class="optional">${msg('(optional)')}</span>`, 'text', 'name', o.name)
      }
      ${renderNewPassword({ error: o.passwordError, onInput: o.onInput })}
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy || !o.passwordValid}>${o.busy ? msg('Sending…') : o.agency ? msg('Register the agency') : msg('Sign up')}</button>
    </form>
  `;
}

/** The same answer whatever the address: an address that has an account is told so by mail, not here. */
export function renderSent(to: string, onStartOver: () => void): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Check your inbox')}</h2>
    <p part="status" role="status" class="who">${msg(str`We sent a message to ${to}. Open the link in it to confirm your address and finish signing up.`)}</p>
    <p>${msg('If this address has an account already, the message says so instead. No message? Check your spam folder, or start over to correct the address.')}</p>
    <button part="link-button" class="link" type="button" @click=${onStartOver}>${msg('Start over')}</button>
  `;
}

/** The mailed link's page: the person confirms with a button, which a mail scanner opening the link does not press. */
export function renderConfirm(o: { agency: boolean; busy: boolean; error: string; onConfirm: () => void }): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Confirm your email address')}</h2>
    <p>
      ${o.agency ? msg('Confirm it to create the agency account and sign in with the password you chose.') : msg('Confirm it to create your account and sign in with the password you chose.')}
    </p>
    ${renderFormError(o.error)}
    <button part="button" type="button" ?disabled=${o.busy} @click=${o.onConfirm}>${o.busy ? msg('Confirming…') : msg('Confirm and sign in')}</button>
  `;
}

export function renderDead(why: DeadAccountLink, onStartOver: () => void): TemplateResult {
  const [heading, sentence] =
    why === 'expired'
      ? [msg('This link has expired'), msg('Links to confirm an address work for a limited time. Sign up again to get a new one.')]
      : [
          msg('This link does not work'),
          msg('It may have been used already, replaced by a newer link, or not copied whole. If you confirmed your address already, sign in with it; otherwise sign up again.'),
        ];
  return html`
    <h2 part="heading" tabindex="-1">${heading}</h2>
    <p part="error" class="error" role="alert">${sentence}</p>
    <button part="button" type="button" @click=${onStartOver}>${msg('Sign up again')}</button>
  `;
}

/**
 * An agency account exists, and no grant opens before its second factor is on: the element says
 * that this is the next step, with a link to `next` (where the agency sets it up) or, without,
 * the `<foyer-sign-in>` naming who is signed in.
 */
function renderAgencyDone(email: string, next: string): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Your agency account is ready')}</h2>
    <p part="status" role="status" class="who">${msg(str`You are signed in as ${email}.`)}</p>
    <p>${msg('Next, turn on a second factor (an authenticator app): no client’s access opens for the agency until it is on.')}</p>
    ${next ? html`<p><a part="next" href=${next}>${msg('Set up the second factor')}</a></p>` : renderSignIn()}
  `;
}

/** The account exists: with `next` the page goes there; without, the `<foyer-sign-in>` names who is signed in. */
export function renderDone(email: string, next: string, agency = false): TemplateResult {
  if (agency) return renderAgencyDone(email, next);
  return html`
    <h2 part="heading" tabindex="-1">${msg('Your account is ready')}</h2>
    <p part="status" role="status" class="who">${next ? msg(str`You are signed in as ${email}.`) : msg('Your address is confirmed.')}</p>
    ${next ? html`<p><a part="next" href=${next}>${msg('Continue')}</a></p>` : renderSignIn()}
  `;
}
