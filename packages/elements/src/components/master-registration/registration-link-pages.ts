import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MasterRegistrationDescription } from '@foyer/schema';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import type { DeadMasterLink } from '../../internal/dead-master-link.js';
import { renderNewPassword } from '../../internal/password-parts.js';
import type { Opened, RegistrationField } from './registration-stage.js';
import { renderFormError, renderSecondStep } from '../../internal/account-page.js';

export interface PasswordPage {
  busy: boolean;
  error: string;
  /** Whether the password meets every rule and is repeated: Save works only then. */
  passwordValid: boolean;
  passwordError: string;
  onSubmit: (event: SubmitEvent) => void;
  onPasswordInput: (event: FoyerPasswordInputEvent) => void;
}

/** The mailed link's page: whom the master account is for, and its password in a `<password-field>` with the server's rules. */
export function renderPassword(link: MasterRegistrationDescription, o: PasswordPage): TemplateResult {
  return html`
    <h2 part="heading" tabindex="-1">${msg('Choose the password of your master account')}</h2>
    <p class="who">${msg(str`The master account of ${link.name} (${link.email}) starts with the seller account ${link.account.name} (${link.account.handle}).`)}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <!-- For password managers: the address the new password belongs to, which the sentence above names. -->
      <input id="master-email" name="username" type="email" autocomplete="username" hidden .value=${link.email} />
      ${renderNewPassword({ rules: link.passwordRules, error: o.passwordError, onInput: o.onPasswordInput })}
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy || !o.passwordValid}>${o.busy ? msg('Saving…') : msg('Save')}</button>
    </form>
  `;
}

/** A link that no longer works: why, and a way to start again. */
export function renderDeadLink(code: DeadMasterLink, onRestart: () => void): TemplateResult {
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
    <button part="link-button" class="link" type="button" @click=${onRestart}>${msg('Start again')}</button>
  `;
}

export interface ChallengePage {
  busy: boolean;
  error: string;
  invalid: RegistrationField | null;
  onSubmit: (event: SubmitEvent) => void;
}

/** The second step of signing in, where the person's login has a second factor. */
export function renderChallenge(o: ChallengePage): TemplateResult {
  return renderSecondStep({
    heading: msg('Your master account is open: one more step to sign in'),
    inputId: 'challenge-code',
    busy: o.busy,
    error: o.error,
    codeInvalid: o.invalid === 'code',
    onSubmit: o.onSubmit,
  });
}

/** The master account is open: the person is signed in, or their sign-in expired and they sign in themselves. */
export function renderDone(opened: Opened, signedIn: boolean): TemplateResult {
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
