import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MasterUser, RoleChoice } from '@foyer/schema';
import { fieldSentence, renderField } from '../../internal/form-field.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import '../role-picker/define.js';

/** The one dialog of the users' tab, by what it is for. A key is held here only while its dialog is open. */
export type UserDialog =
  | { kind: 'create' }
  | { kind: 'manage'; user: MasterUser }
  | { kind: 'rotate'; user: MasterUser }
  | { kind: 'delete'; user: MasterUser }
  | { kind: 'key'; user: MasterUser; key: string; created: boolean };

export interface UserDialogOptions {
  dialog: UserDialog | null;
  /** The linked accounts the caller works in: the only ones it may hand out. */
  accounts: ReadonlyArray<{ handle: string; name: string }>;
  /** The permissions the caller may grant. */
  grantable: readonly string[];
  error: string;
  fieldErrors: Readonly<Record<string, string>>;
  pending: boolean;
  /** Said inside the dialog (the page behind it is inert): "Key copied." */
  announcement: string;
  returnFocus: HTMLElement | null;
  onSubmit: (event: SubmitEvent) => void;
  onCopy: () => void;
  onCancel: () => void;
}

const nameOf = (user: MasterUser) => user.name ?? user.email;

export function renderUserDialog(o: UserDialogOptions): TemplateResult {
  const d = o.dialog;
  return html`
    <foyer-modal-dialog fallback-focus="#create-user" .open=${d !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" id="user-dialog" aria-labelledby="dialog-heading" aria-describedby=${d && d.kind !== 'create' ? 'dialog-body' : nothing}>
        ${d ? html`<form class="dialog-form" novalidate aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSubmit}>${renderContent(d, o)}</form>` : nothing}
      </dialog>
    </foyer-modal-dialog>
  `;
}

function renderContent(d: UserDialog, o: UserDialogOptions): TemplateResult {
  switch (d.kind) {
    case 'create':
      return renderCreate(o);
    case 'manage':
      return renderManage(d.user, o);
    case 'rotate':
      return html`
        <h3 id="dialog-heading">${msg(str`Rotate the API key of ${nameOf(d.user)}?`)}</h3>
        <p id="dialog-body">${msg('The current key stops working at once: every program that uses it must be given the new key, which is shown once.')}</p>
        ${renderError(o)}
        ${renderDialogActions({ cancel: { label: msg('Cancel'), onClick: o.onCancel }, actions: [{ label: msg('Rotate key'), tone: 'danger', type: 'submit', disabled: o.pending }] })}
      `;
    case 'delete':
      return html`
        <h3 id="dialog-heading">${msg(str`Delete the user ${nameOf(d.user)}?`)}</h3>
        <p id="dialog-body">
          ${msg('They can no longer work in any account of this master account, neither signed in nor with their API key, from their very next request. This cannot be undone.')}
        </p>
        ${renderError(o)}
        ${renderDialogActions({ cancel: { label: msg('Cancel'), onClick: o.onCancel }, actions: [{ label: msg('Delete user'), tone: 'danger', type: 'submit', disabled: o.pending }] })}
      `;
    case 'key':
      return renderKey(d, o);
  }
}

function renderError(o: UserDialogOptions): TemplateResult | typeof nothing {
  return o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing;
}

function renderCreate(o: UserDialogOptions): TemplateResult {
  const field = (name: string, label: string, extra: { type?: string; required?: boolean; hint?: string; autocomplete?: string } = {}) =>
    renderField({ name, idPrefix: 'user', label, ...extra }, o.fieldErrors);
  return html`
    <h3 id="dialog-heading">${msg('Create new user')}</h3>
    <div part="check" class="check">
      <input part="checkbox" type="checkbox" id="user-api-only" name="apiOnly" autofocus aria-describedby="user-api-only-hint" />
      <label part="label" for="user-api-only">${msg('API only')}</label>
      <p class="hint" id="user-api-only-hint">
        ${msg('This user works only through the API with their key: they cannot sign in to the master account’s pages and get no email to choose a password.')}
      </p>
    </div>
    ${field('email', msg('Email'), { type: 'email', required: true, autocomplete: 'off' })}
    ${field('description', msg('Description'), { hint: msg('Their role, for instance “Customer service, evenings”.') })}
    <div class="names">${field('firstName', msg('First name'), { required: true })} ${field('lastName', msg('Last name'), { required: true })}</div>
    ${renderPermissions(o, undefined)} ${renderAccounts(o, [])} ${renderError(o)}
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: o.onCancel, autofocus: false },
      actions: [{ label: o.pending ? msg('Creating…') : msg('Create user'), tone: 'primary', type: 'submit', disabled: o.pending }],
    })}
  `;
}

function renderManage(user: MasterUser, o: UserDialogOptions): TemplateResult {
  return html`
    <h3 id="dialog-heading">${msg(str`Manage the permissions of ${nameOf(user)}`)}</h3>
    <p id="dialog-body" class="muted">${user.email}${user.description ? ` · ${user.description}` : ''}</p>
    ${renderPermissions(o, user.role.choice ?? undefined)} ${renderAccounts(o, user.accounts)}
    <div part="check" class="check">
      <input part="checkbox" type="checkbox" id="user-enabled" name="enabled" ?checked=${user.enabled} aria-describedby="user-enabled-hint" />
      <label part="label" for="user-enabled">${msg('User enabled')}</label>
      <p class="hint" id="user-enabled-hint">${msg('A disabled user can neither sign in here nor use their API key, until they are enabled again.')}</p>
    </div>
    ${renderError(o)}
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: o.onCancel, autofocus: false },
      actions: [{ label: o.pending ? msg('Saving…') : msg('Save'), tone: 'primary', type: 'submit', disabled: o.pending }],
    })}
  `;
}

/** The marketplace catalog's permissions; those the caller does not hold are locked, with the reason. */
function renderPermissions(o: UserDialogOptions, value: RoleChoice | undefined): TemplateResult {
  const error = o.fieldErrors.role;
  return html`
    <role-picker
      part="role-picker"
      template="marketplace"
      .grantable=${o.grantable}
      .value=${value}
      ?disabled=${o.pending}
      aria-describedby=${error ? 'user-role-error' : nothing}
    ></role-picker>
    ${error ? html`<p part="error" class="field-error" id="user-role-error">${fieldSentence(error)}</p>` : nothing}
  `;
}

/** The linked accounts the user may work in: only those the caller works in are offered. */
function renderAccounts(o: UserDialogOptions, checked: readonly string[]): TemplateResult {
  const error = o.fieldErrors.accounts;
  return html`
    <fieldset part="account-choice" class="account-choice" ?disabled=${o.pending} aria-describedby=${error ? 'user-accounts-error' : nothing}>
      <legend part="legend">${msg('Accounts this user may work in')}</legend>
      ${
        o.accounts.length === 0
          ? html`<p class="muted">${msg('You work in no linked account, so you have none to give.')}</p>`
          : o.accounts.map(
              (account, index) => html`
              <div class="account-option">
                <input part="checkbox" type="checkbox" id="user-account-${index}" name="accounts" value=${account.handle} ?checked=${checked.includes(account.handle)} />
                <label for="user-account-${index}">${account.name} <span class="muted">${account.handle}</span></label>
              </div>
            `,
            )
      }
      ${error ? html`<p part="error" class="field-error" id="user-accounts-error">${fieldSentence(error)}</p>` : nothing}
    </fieldset>
  `;
}

function renderKey(d: Extract<UserDialog, { kind: 'key' }>, o: UserDialogOptions): TemplateResult {
  const name = nameOf(d.user);
  const body = !d.created
    ? msg(str`The old key of ${name} no longer works. Give this one to the programs that used it.`)
    : d.user.apiOnly
      ? msg(str`${name} works only through the API, with this key.`)
      : msg(str`A confirmation link was sent to ${d.user.email}: there they choose their own password. The key lets their programs use the API.`);
  return html`
    <h3 id="dialog-heading">${d.created ? msg(str`User ${name} created`) : msg(str`New API key of ${name}`)}</h3>
    <p id="dialog-body">${body}</p>
    <div part="key" class="key">
      <label part="label" for="api-key">${msg('API key')}</label>
      <input part="input key-value" id="api-key" readonly spellcheck="false" autocomplete="off" .value=${d.key} aria-describedby="key-note" />
      <button part="button" type="button" autofocus @click=${o.onCopy}>${msg('Copy key')}</button>
    </div>
    <p part="key-note" class="key-note" id="key-note">${msg('Copy the key now: it will not be shown again. The list shows only its last four characters.')}</p>
    <p class="announcement" role="status">${o.announcement}</p>
    ${renderDialogActions({ cancel: { label: msg('Done'), onClick: o.onCancel, autofocus: false } })}
  `;
}
