import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LinkedAccount } from '@foyer/schema';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';

export interface RemoveDialogOptions {
  account: LinkedAccount | null;
  pending: boolean;
  error: string;
  returnFocus: HTMLElement | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The confirmation before an account leaves the master account: it says what happens at once
 * (the master account and its users lose access to it) and what stays (the account itself).
 */
export function renderRemoveDialog(o: RemoveDialogOptions): TemplateResult {
  const a = o.account;
  return html`
    <foyer-modal-dialog fallback-focus="#add-account" .open=${a !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" aria-labelledby="remove-heading" aria-describedby=${a ? 'remove-body' : nothing}>
        <form
          method="dialog"
          novalidate
          aria-busy=${o.pending ? 'true' : 'false'}
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            o.onConfirm();
          }}
        >
          ${
            a
              ? html`
                <h3 id="remove-heading" tabindex="-1">${msg(str`Remove ${a.name} from this master account?`)}</h3>
                <p id="remove-body">
                  ${msg(
                    str`This master account and all its users lose access to ${a.name} (${a.handle}) at once: nobody opens it from here any more. The account itself, its sales and its own sign-in stay as they are. To link it again, add it with its nickname and password.`,
                  )}
                </p>
                ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
                ${renderDialogActions({
                  cancel: { label: msg('Cancel'), onClick: o.onCancel },
                  actions: [{ label: msg('Remove account'), tone: 'danger', type: 'submit', disabled: o.pending }],
                })}
              `
              : nothing
          }
        </form>
      </dialog>
    </foyer-modal-dialog>
  `;
}
