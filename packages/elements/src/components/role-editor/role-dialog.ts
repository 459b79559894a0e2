import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CustomRole } from '@foyer/schema';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import { holderNames } from './role-list.js';

/** What a save sends: the role's new name, description and permissions. */
export interface RoleChanges {
  name: string;
  description: string;
  permissions: string[];
}

/** A change the element asks about first, with its consequence. */
export type RoleDialog = { kind: 'delete'; role: CustomRole } | { kind: 'save-held'; role: CustomRole; changes: RoleChanges };

export interface RoleDialogView {
  dialog: RoleDialog | null;
  error: string;
  pending: boolean;
  returnFocus: HTMLElement | null;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

export function renderRoleDialog(v: RoleDialogView): TemplateResult {
  const d = v.dialog;
  return html`
    <foyer-modal-dialog fallback-focus="#role-list" .open=${d !== null} .returnFocus=${v.returnFocus} @cancel=${v.onCancel}>
      <dialog part="dialog" id="role-dialog" aria-labelledby="dialog-heading" aria-describedby="dialog-body">
        ${d ? html`<form class="dialog-form" novalidate aria-busy=${v.pending ? 'true' : 'false'} @submit=${v.onSubmit}>${renderContent(d, v)}</form>` : nothing}
      </dialog>
    </foyer-modal-dialog>
  `;
}

function renderContent(d: RoleDialog, v: RoleDialogView): TemplateResult {
  const name = d.role.name;
  const content =
    d.kind === 'delete'
      ? {
          heading: msg(str`Delete the role “${name}”?`),
          body: msg('Nobody holds it; it cannot be chosen again.'),
          action: msg('Delete role'),
          tone: 'danger' as const,
          keep: msg('Keep role'),
        }
      : {
          heading: msg(str`Change the role “${name}”?`),
          body: msg(str`Held by ${holderNames(d.role)}. From their next request, they can do only what the role grants after this change.`),
          action: msg('Save changes'),
          tone: 'primary' as const,
          keep: msg('Cancel'),
        };
  return html`
    <h3 id="dialog-heading">${content.heading}</h3>
    <p id="dialog-body">${content.body}</p>
    ${v.error ? html`<p part="error" role="alert">${v.error}</p>` : nothing}
    ${renderDialogActions({
      cancel: { label: content.keep, onClick: v.onCancel },
      actions: [{ label: v.pending ? msg('Working…') : content.action, tone: content.tone, type: 'submit', disabled: v.pending }],
    })}
  `;
}
