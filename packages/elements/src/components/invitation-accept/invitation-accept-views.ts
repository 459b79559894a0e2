import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { InvitationDescription } from '@foyer/schema';
import type { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { renderNewPassword } from '../../internal/password-parts.js';
import { renderFormError, renderSignIn } from '../../internal/account-page.js';
import type { SignedInAs } from './invited-session.js';
import { nextFor, type DeadInvitation, type Stage } from './invitation-stage.js';

/** The fields of the new person's form a refusal can be about. */
export type JoinField = 'name' | 'password';

/** Who invited the person, to what, as what, for which address and until when. */
function renderInvitation(link: InvitationDescription, locale: string): TemplateResult {
  const inviter = link.inviterName;
  const workspace = link.workspace.name;
  const role = link.roleName;
  const email = link.email;
  const until = new Date(link.expiresAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`
    <h2 part="heading" tabindex="-1">${msg(str`Join ${workspace}`)}</h2>
    <p part="invitation" class="who">${msg(str`${inviter} invited you to ${workspace} as ${role}.`)}</p>
    <p part="details" class="who">${msg(str`The invitation was sent to ${email}. It works once, until ${until}.`)}</p>
  `;
}

/** A person without an account: an optional name and a new password with the workspace's rules, typed twice. */
export function renderNewAccount(o: {
  link: InvitationDescription;
  locale: string;
  busy: boolean;
  error: string;
  invalid: JoinField | null;
  name: string;
  passwordValid: boolean;
  passwordError: string;
  onInput: (event: FoyerPasswordInputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
}): TemplateResult {
  return html`
    ${renderInvitation(o.link, o.locale)}
    <p>${msg(str`Choose a password to create your account. You sign in with ${o.link.email} and this password.`)}</p>
    <form part="form" novalidate aria-busy=${o.busy ? 'true' : 'false'} @submit=${o.onSubmit}>
      <!-- For password managers: the address the new password belongs to, which the sentence above names. -->
      <input id="invitation-username" name="username" type="email" autocomplete="username" hidden .value=${o.link.email} />
      <div class="field">
        <label part="label" for="invitation-name">${msg('Your name')} <span class="optional">${msg('(optional)')}</span></label>
        <input
          part="input"
          id="invitation-name"
          name="name"
          type="text"
          autocomplete="name"
          .value=${o.name}
          aria-invalid=${o.invalid === 'name' ? 'true' : 'false'}
          aria-describedby="form-error"
        />
      </div>
      ${renderNewPassword({ rules: o.link.passwordRules, error: o.passwordError, onInput: o.onInput })}
      ${renderFormError(o.error)}
      <button part="button" type="submit" ?disabled=${o.busy || !o.passwordValid}>${o.busy ? msg('Accepting…') : msg('Accept invitation')}</button>
    </form>
  `;
}

/**
 * A person with an account accepts signed in as the invited address: a button once they are,
 * the page's sign-in until then, and a plain sentence when someone else is signed in here.
 */
export function renderExistingAccount(o: {
  link: InvitationDescription;
  locale: string;
  signedInAs: SignedInAs;
  busy: boolean;
  error: string;
  onAccept: () => void;
  onSignedIn: () => void;
}): TemplateResult {
  const email = o.link.email;
  const as = o.signedInAs;
  const intro = renderInvitation(o.link, o.locale);
  if (as === undefined) return html`${intro}<p part="status" role="status">${msg('Checking who is signed in…')}</p>`;
  if (as === null) {
    return html`
      ${intro}
      <p>${msg(str`${email} already has an account. Sign in with it to accept; your password stays as it is.`)}</p>
      ${renderFormError(o.error)}
      <div @foyer-signed-in=${o.onSignedIn}>${renderSignIn()}</div>
    `;
  }
  if (as.email.toLowerCase() !== email.toLowerCase()) {
    const other = as.email;
    return html`
      ${intro}
      <p part="wrong-account" class="who" role="status">
        ${msg(str`This invitation is for ${email}, but you are signed in as ${other}. Sign out, then sign in as ${email} to accept it.`)}
      </p>
      ${renderFormError(o.error)} ${renderSignIn()}
    `;
  }
  return html`
    ${intro}
    <p part="status" class="who">${msg(str`You are signed in as ${email}.`)}</p>
    ${renderFormError(o.error)}
    <button part="button" type="button" ?disabled=${o.busy} @click=${o.onAccept}>${o.busy ? msg('Accepting…') : msg('Accept invitation')}</button>
  `;
}

/**
 * A link that leads nowhere says why and what to do, naming who can help; no form. Where the
 * person can still reach the workspace (they joined already), the page's sign-in follows.
 */
export function renderDead(why: DeadInvitation, link: InvitationDescription | null): TemplateResult {
  const inviter = link?.inviterName;
  const workspace = link?.workspace.name;
  const email = link?.email;
  let heading: string;
  let sentence: string;
  switch (why) {
    case 'expired':
      heading = msg('This invitation has expired');
      sentence = inviter
        ? msg(str`Invitations work for a limited time. Ask ${inviter} to send it again: the new email holds a fresh link.`)
        : msg('Invitations work for a limited time. Ask the person who invited you to send it again: the new email holds a fresh link.');
      break;
    case 'used':
      heading = msg('This invitation was already accepted');
      sentence = email
        ? msg(str`Each invitation works once. If you accepted it, sign in with ${email}.`)
        : msg('Each invitation works once. If you accepted it, sign in with the invited address.');
      break;
    case 'revoked':
      heading = msg('This invitation was withdrawn');
      sentence = inviter && workspace ? msg(str`Ask ${inviter} whether you should still join ${workspace}.`) : msg('Ask the person who invited you whether you should still join.');
      break;
    case 'member':
      heading = workspace ? msg(str`You are a member of ${workspace} already`) : msg('You are a member already');
      sentence = msg('Sign in with the invited address to work there.');
      break;
    case 'agency':
      heading = msg('This address is an agency account');
      sentence = inviter
        ? msg(str`An agency account reaches workspaces only through agency access. Ask ${inviter} to grant your agency access instead.`)
        : msg('An agency account reaches workspaces only through agency access. Ask the person who invited you to grant your agency access instead.');
      break;
    case 'invalid':
      heading = msg('This invitation link does not work');
      sentence = msg('It may have been replaced by a newer invitation, or not copied whole. Open the latest invitation email, or ask for the invitation to be sent again.');
      break;
  }
  return html`
    <h2 part="heading" tabindex="-1">${heading}</h2>
    <p part="error" class="error" role="alert">${sentence}</p>
    ${why === 'used' || why === 'member' ? renderSignIn() : nothing}
  `;
}

/**
 * The person is a member now. With `next` the page goes there; without, it says where they work
 * and the `<foyer-sign-in>` names who is signed in, so the page is never a dead end.
 */
export function renderJoined(link: InvitationDescription, email: string, next: string): TemplateResult {
  const workspace = link.workspace.name;
  const role = link.roleName;
  return html`
    <h2 part="heading" tabindex="-1">${msg(str`You joined ${workspace}`)}</h2>
    <p part="status" role="status" class="who">${msg(str`You are a member of ${workspace} as ${role}, signed in as ${email}.`)}</p>
    ${
      next
        ? html`<p><a part="next" href=${next}>${msg('Continue')}</a></p>`
        : html`
          <p class="who">${msg(str`This site is where you work with ${workspace}: sign in here with ${email} whenever you come back.`)}</p>
          ${renderSignIn()}
        `
    }
  `;
}

/** What the element knows and does, for the view of its stage. */
export interface StageViewInput {
  locale: string;
  signedInAs: SignedInAs;
  busy: boolean;
  error: string;
  invalid: JoinField | null;
  name: string;
  passwordValid: boolean;
  passwordError: string;
  /** The page's `next`, `{workspace}` not filled in yet. */
  next: string;
  onTryAgain: () => void;
  onAccept: () => void;
  onSignedIn: () => void;
  onInput: (event: FoyerPasswordInputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The view of the stage the element is at; nothing without a link. */
export function renderStage(stage: Stage, o: StageViewInput): TemplateResult | typeof nothing {
  switch (stage.kind) {
    case 'none':
      return nothing;
    case 'checking':
      return html`<p part="status" role="status">${msg('Checking your invitation…')}</p>`;
    case 'unreachable':
      return html`
        <p part="error" class="error" role="alert">${o.error}</p>
        <button part="button" type="button" @click=${o.onTryAgain}>${msg('Try again')}</button>
      `;
    case 'open':
      return stage.link.hasAccount
        ? renderExistingAccount({
            link: stage.link,
            locale: o.locale,
            signedInAs: o.signedInAs,
            busy: o.busy,
            error: o.error,
            onAccept: o.onAccept,
            onSignedIn: o.onSignedIn,
          })
        : renderNewAccount({
            link: stage.link,
            locale: o.locale,
            busy: o.busy,
            error: o.error,
            invalid: o.invalid,
            name: o.name,
            passwordValid: o.passwordValid,
            passwordError: o.passwordError,
            onInput: o.onInput,
            onSubmit: o.onSubmit,
          });
    case 'dead':
      return renderDead(stage.why, stage.link);
    case 'joined':
      return renderJoined(stage.link, stage.email, o.next && nextFor(o.next, stage.link));
  }
}
