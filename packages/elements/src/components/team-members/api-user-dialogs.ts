import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fieldSentence, renderField } from '../../internal/form-field.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import { renderDialogError, type TeamDialog, type TeamDialogView } from './dialog-parts.js';

/** A new API user: who it is for and its role; the server answers with its key, shown once. */
export function renderCreateApiUser(v: TeamDialogView): TemplateResult {
  const field = (name: string, label: string, extra: { type?: string; required?: boolean; hint?: string; autofocus?: boolean } = {}) =>
    renderField({ name, idPrefix: 'api-user', label, ...extra }, v.fieldErrors);
  const roleError = v.fieldErrors.role;
  return html`
    <h3 id="dialog-heading">${msg('New API user')}</h3>
    <p class="hint">${msg('An API user works only through the API, with its key: it cannot sign in to these pages and is sent no email.')}</p>
    <div class="fields">
      ${field('email', msg('Email'), { type: 'email', required: true, autofocus: true, hint: msg('Whom to ask about it, for instance the developer who runs the program.') })}
      <div class="names">${field('firstName', msg('First name'), { required: true })} ${field('lastName', msg('Last name'), { required: true })}</div>
      ${field('description', msg('What it is for'), { hint: msg('For instance “Newsletter sync from the shop”.') })}
    </div>
    <role-picker part="role-picker" label=${msg('Role')} ?disabled=${v.pending} aria-describedby=${roleError ? 'api-user-role-error' : nothing}></role-picker>
    ${roleError ? html`<p part="error" class="field-error" id="api-user-role-error">${fieldSentence(roleError)}</p>` : nothing}
    ${renderDialogError(v)}
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: v.onCancel, autofocus: false },
      actions: [{ label: v.pending ? msg('Creating…') : msg('Create API user'), tone: 'primary', type: 'submit', disabled: v.pending }],
    })}
  `;
}

/**
 * A key, shown this once: the server keeps only its hash. Copy puts it on the clipboard; where
 * the page may not write there, the key is selected for the person to copy themselves.
 */
export function renderApiKey(d: Extract<TeamDialog, { kind: 'api-key' }>, v: TeamDialogView): TemplateResult {
  return html`
    <h3 id="dialog-heading">${d.created ? msg(str`API user ${d.name} created`) : msg(str`New API key of ${d.name}`)}</h3>
    <p id="dialog-body">
      ${d.created ? msg(str`${d.name} works through the API with this key.`) : msg(str`Any earlier key of ${d.name} no longer works. Give this one to the programs that use the API as ${d.name}.`)}
    </p>
    <div part="key" class="key">
      <label part="label" for="api-key">${msg('API key')}</label>
      <input part="input key-value" id="api-key" readonly spellcheck="false" autocomplete="off" .value=${d.key} aria-describedby="key-note" />
      <button part="button" type="button" id="copy-key" autofocus @click=${v.onCopy}>${msg('Copy key')}</button>
    </div>
    <p part="key-note" class="key-note" id="key-note">${msg('Copy the key now: it will not be shown again. The list shows only its last four characters.')}</p>
    <p class="announcement" role="status">${v.announcement}</p>
    ${renderDialogActions({ cancel: { label: msg('Done'), onClick: v.onCancel, autofocus: false } })}
  `;
}
