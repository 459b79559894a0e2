import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CatalogShape } from '@foyer/schema';
import { grantsOnlyKeyAccess } from '@foyer/schema/permissions';
import { fieldSentence, renderField } from '../../internal/form-field.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import { renderConfirm, renderDialogError, type TeamDialog, type TeamDialogView } from './dialog-parts.js';
import { nameOf } from './member-actions.js';

type AgencyDialog = Extract<TeamDialog, { kind: 'grant-agency' | 'change-agency-role' | 'revoke-agency' }>;

/**
 * The roles the server gives no agency, locked in the picker with why: an agency works signed
 * in and never holds an API key, so a role of API access alone would give it nothing.
 */
const agencyRoleLock = (granted: ReadonlySet<string>, catalog: CatalogShape) =>
  grantsOnlyKeyAccess(catalog, granted) ? msg('Not for an agency: it works signed in and never holds an API key, so API access alone would give it nothing.') : '';

function renderPicker(v: TeamDialogView, label: string, d: AgencyDialog): TemplateResult {
  const error = v.fieldErrors.role;
  return html`
    <role-picker
      part="role-picker"
      label=${label}
      .lockRole=${agencyRoleLock}
      .value=${d.kind === 'change-agency-role' ? (d.grant.role.choice ?? undefined) : undefined}
      ?disabled=${v.pending}
      aria-describedby=${error ? 'agency-role-error' : nothing}
    ></role-picker>
    ${error ? html`<p part="error" class="field-error" id="agency-role-error">${fieldSentence(error)}</p>` : nothing}
  `;
}

export function renderAgencyDialog(d: AgencyDialog, v: TeamDialogView): TemplateResult {
  switch (d.kind) {
    case 'grant-agency':
      return html`
        <h3 id="dialog-heading">${msg('Give an agency access')}</h3>
        <div class="fields">
          ${renderField(
            {
              name: 'agencyEmail',
              idPrefix: 'agency',
              label: msg('The agency account’s email'),
              type: 'email',
              required: true,
              autofocus: true,
              hint: msg('The agency registers an account of its own for this, with an email it uses for nothing else. It can use the access once it has turned on its second factor.'),
            },
            v.fieldErrors,
          )}
        </div>
        ${renderPicker(v, msg('Role'), d)} ${renderDialogError(v)}
        ${renderDialogActions({
          cancel: { label: msg('Cancel'), onClick: v.onCancel, autofocus: false },
          actions: [{ label: v.pending ? msg('Saving…') : msg('Give access'), tone: 'primary', type: 'submit', disabled: v.pending }],
        })}
      `;
    case 'change-agency-role': {
      const name = nameOf(d.grant);
      return html`
        <h3 id="dialog-heading">${msg(str`Change the role of ${name}`)}</h3>
        <p id="dialog-body">${msg(str`Now: ${d.grant.role.name}. The new role holds from the agency’s next request.`)}</p>
        ${renderPicker(v, msg('New role'), d)} ${renderDialogError(v)}
        ${renderDialogActions({
          cancel: { label: msg('Cancel'), onClick: v.onCancel },
          actions: [{ label: v.pending ? msg('Saving…') : msg('Change role'), tone: 'primary', type: 'submit', disabled: v.pending }],
        })}
      `;
    }
    case 'revoke-agency': {
      const name = nameOf(d.grant);
      return renderConfirm(v, {
        heading: msg(str`Revoke the access of ${name}?`),
        body: msg(str`${name} can no longer open ${v.workspaceName} from its next request. You can give it access again later.`),
        action: msg('Revoke access'),
        tone: 'danger',
      });
    }
  }
}
