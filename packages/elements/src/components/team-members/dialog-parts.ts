import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { AgencyGrant, Member } from '@foyer/schema';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';

/** A change to one member (or API user, or open invitation) that the element asks about first. */
export type MemberDialogKind = 'cancel-invitation' | 'change-role' | 'disable' | 'end-sessions' | 'reset-password' | 'remove' | 'rotate-key' | 'revoke-key';

/** The element's one dialog, by what it is for. A key is held only while its dialog is open. */
export type TeamDialog =
  | { kind: MemberDialogKind; member: Member }
  | { kind: 'create-api-user' }
  | { kind: 'api-key'; name: string; key: string; created: boolean }
  | { kind: 'grant-agency' }
  | { kind: 'change-agency-role' | 'revoke-agency'; grant: AgencyGrant };

export interface TeamDialogView {
  dialog: TeamDialog | null;
  /** The workspace's name, as the consequences name it. */
  workspaceName: string;
  error: string;
  fieldErrors: Readonly<Record<string, string>>;
  pending: boolean;
  /** Said inside the dialog, where the page behind is inert: "Key copied." */
  announcement: string;
  returnFocus: HTMLElement | null;
  /** Where focus goes when the row the dialog came from is gone (a selector in the shadow root). */
  fallbackFocus: string;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
  onCopy: () => void;
}

/** The refusal of the dialog's command, said where the person is. */
export function renderDialogError(v: Pick<TeamDialogView, 'error'>): TemplateResult | typeof nothing {
  return v.error ? html`<p part="error" role="alert">${v.error}</p>` : nothing;
}

/** A question with its consequence, the way out first and the action in the words of what it does. */
export function renderConfirm(v: TeamDialogView, o: { heading: string; body: string; action: string; tone: 'primary' | 'danger'; keep?: string }): TemplateResult {
  return html`
    <h3 id="dialog-heading">${o.heading}</h3>
    <p id="dialog-body">${o.body}</p>
    ${renderDialogError(v)}
    ${renderDialogActions({
      cancel: { label: o.keep ?? msg('Cancel'), onClick: v.onCancel },
      actions: [{ label: v.pending ? msg('Working…') : o.action, tone: o.tone, type: 'submit', disabled: v.pending }],
    })}
  `;
}
