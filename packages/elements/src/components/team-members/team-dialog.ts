import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Member } from '@foyer/schema';
import { fieldSentence } from '../../internal/form-field.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import '../role-picker/define.js';
import { renderAgencyDialog } from './agency-dialogs.js';
import { renderApiKey, renderCreateApiUser } from './api-user-dialogs.js';
import { renderConfirm, renderDialogError, type MemberDialogKind, type TeamDialog, type TeamDialogView } from './dialog-parts.js';
import { nameOf } from './member-actions.js';

export type { TeamDialog } from './dialog-parts.js';

export function renderTeamDialog(v: TeamDialogView): TemplateResult {
  const d = v.dialog;
  const described = d && d.kind !== 'create-api-user' && d.kind !== 'grant-agency';
  return html`
    <foyer-modal-dialog fallback-focus=${v.fallbackFocus} .open=${d !== null} .returnFocus=${v.returnFocus} @cancel=${v.onCancel}>
      <dialog part="dialog" id="team-dialog" aria-labelledby="dialog-heading" aria-describedby=${described ? 'dialog-body' : nothing}>
        ${d ? html`<form class="dialog-form" novalidate aria-busy=${v.pending ? 'true' : 'false'} @submit=${v.onSubmit}>${renderContent(d, v)}</form>` : nothing}
      </dialog>
    </foyer-modal-dialog>
  `;
}

function renderContent(d: TeamDialog, v: TeamDialogView): TemplateResult {
  switch (d.kind) {
    case 'create-api-user':
      return renderCreateApiUser(v);
    case 'api-key':
      return renderApiKey(d, v);
    case 'grant-agency':
    case 'change-agency-role':
    case 'revoke-agency':
      return renderAgencyDialog(d, v);
    default:
      return renderMemberDialog(d, v);
  }
}

function renderMemberDialog(d: { kind: MemberDialogKind; member: Member }, v: TeamDialogView): TemplateResult {
  const name = nameOf(d.member);
  const ws = v.workspaceName;
  const hint = d.member.apiKey?.hint ?? '';
  switch (d.kind) {
    case 'cancel-invitation':
      return renderConfirm(v, {
        heading: msg(str`Cancel the invitation to ${d.member.email}?`),
        body: msg(str`The link in the invitation email stops working at once: whoever opens it is told the invitation was withdrawn. You can invite ${d.member.email} again later.`),
        action: msg('Cancel invitation'),
        tone: 'danger',
        keep: msg('Keep invitation'),
      });
    case 'disable':
      return renderConfirm(v, {
        heading: msg(str`Disable ${name}?`),
        body: msg(
          str`${name} cannot work in ${ws} from their very next request — neither signed in nor with an API key — until you enable them again. Their sign-in to other workspaces stays as it is.`,
        ),
        action: msg('Disable'),
        tone: 'danger',
      });
    case 'end-sessions':
      return renderConfirm(v, {
        heading: msg(str`Sign ${name} out everywhere?`),
        body: msg(
          str`Every session of ${name} ends at once, in ${ws} and in every other workspace they use: they must sign in again, with their second factor if they have one. Their password stays as it is.`,
        ),
        action: msg('End sessions'),
        tone: 'danger',
      });
    case 'reset-password':
      return renderConfirm(v, {
        heading: msg(str`Ask ${name} to choose a new password?`),
        body: msg(
          str`${name} gets an email at ${d.member.email} with a link to choose a new password. The current password keeps working until they do; the new one signs them out everywhere.`,
        ),
        action: msg('Send the link'),
        tone: 'primary',
      });
    case 'remove':
      return renderConfirm(v, {
        heading: msg(str`Remove ${name} from ${ws}?`),
        body: msg(str`${name} can no longer open ${ws} from their next request, and their API key stops working. Their own account stays. To come back they need a new invitation.`),
        action: msg('Remove'),
        tone: 'danger',
      });
    case 'rotate-key':
      return renderConfirm(v, {
        heading: msg(str`Rotate the API key of ${name}?`),
        body: msg(str`The current key, ending in ${hint}, stops working at once: every program that uses it must be given the new key, which is shown once.`),
        action: msg('Rotate key'),
        tone: 'danger',
      });
    case 'revoke-key':
      return renderConfirm(v, {
        heading: msg(str`Revoke the API key of ${name}?`),
        body: msg(str`The key ending in ${hint} stops working at once, and ${name} cannot use the API until you create a new key for them.`),
        action: msg('Revoke key'),
        tone: 'danger',
      });
    case 'change-role':
      return renderChangeRole(v, name, d.member);
  }
}

function renderChangeRole(v: TeamDialogView, name: string, member: Member): TemplateResult {
  return html`
    <h3 id="dialog-heading">${msg(str`Change the role of ${name}`)}</h3>
    <p id="dialog-body">${msg(str`Now: ${member.role.name}. The new role holds from ${name}’s next request.`)}</p>
    <role-picker
      part="role-picker"
      label=${msg('New role')}
      .value=${member.role.choice ?? undefined}
      ?disabled=${v.pending}
      aria-describedby=${v.fieldErrors.role ? 'member-role-error' : nothing}
    ></role-picker>
    ${v.fieldErrors.role ? html`<p part="error" class="field-error" id="member-role-error">${fieldSentence(v.fieldErrors.role)}</p>` : nothing}
    ${renderDialogError(v)}
    ${renderDialogActions({
      cancel: { label: msg('Cancel'), onClick: v.onCancel },
      actions: [{ label: v.pending ? msg('Saving…') : msg('Change role'), tone: 'primary', type: 'submit', disabled: v.pending }],
    })}
  `;
}
