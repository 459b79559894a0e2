import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fieldSentence } from '../../internal/form-field.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';

export type Confirmation = 'rotate' | 'delete';

export interface ConfirmDialogOptions {
  kind: Confirmation | null;
  accessName: string;
  /** The problem with the chosen new code, from the server. */
  codeError: string;
  error: string;
  pending: boolean;
  /** Where focus returns when the dialog closes: the button that asked. */
  returnFocus: HTMLElement | null;
  onConfirm: (event: SubmitEvent) => void;
  /** Cancel, or Escape. */
  onCancel: () => void;
}

/**
 * One modal dialog that asks before an action that cannot be taken back: focus moves in and
 * stays in, Escape cancels, and focus returns to the button that asked.
 */
export function renderConfirmDialog(o: ConfirmDialogOptions): TemplateResult {
  let content: TemplateResult | typeof nothing = nothing;
  if (o.kind === 'rotate') {
    const described = ['confirm-body', o.codeError ? 'rotate-code-error' : ''].filter(Boolean).join(' ');
    content = html`
      <h3 id="confirm-heading">${msg(str`Rotate the code of “${o.accessName}”?`)}</h3>
      <p id="confirm-body">
        ${msg('The old code stops working at once, and every client signed in with it is signed out. You get a new code to share.')}
      </p>
      <div part="field" class="field">
        <label part="label" for="rotate-code">${msg('New code')} <span class="optional">${msg('(optional)')}</span></label>
        <input
          part="input"
          id="rotate-code"
          name="code"
          autocomplete="off"
          spellcheck="false"
          aria-describedby=${`rotate-code-hint ${o.codeError ? 'rotate-code-error' : ''}`.trim()}
          aria-invalid=${o.codeError ? 'true' : nothing}
        />
        <p class="hint" id="rotate-code-hint">${msg('Leave empty to have a readable code generated.')}</p>
        ${o.codeError ? html`<p part="error" class="field-error" id="rotate-code-error">${fieldSentence(o.codeError)}</p>` : nothing}
      </div>
      ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
      ${renderDialogActions({
        cancel: { label: msg('Cancel'), onClick: o.onCancel },
        actions: [{ label: msg('Rotate code'), tone: 'danger', type: 'submit', describedBy: described }],
      })}
    `;
  } else if (o.kind === 'delete') {
    content = html`
      <h3 id="confirm-heading">${msg(str`Delete the client access “${o.accessName}”?`)}</h3>
      <p id="confirm-body">
        ${msg('Its code stops working at once and its clients are signed out. The galleries themselves stay. This cannot be undone.')}
      </p>
      ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
      ${renderDialogActions({
        cancel: { label: msg('Cancel'), onClick: o.onCancel },
        actions: [{ label: msg('Delete access'), tone: 'danger', type: 'submit' }],
      })}
    `;
  }
  return html`
    <foyer-modal-dialog fallback-focus="#detail-heading, #new-access" .open=${o.kind !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" id="confirm-dialog" aria-labelledby="confirm-heading" aria-describedby="confirm-body">
        <form class="dialog-form" aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onConfirm}>${content}</form>
      </dialog>
    </foyer-modal-dialog>
  `;
}

export interface PreviewDialogOptions {
  /** The short client session the preview runs on, or null when no preview is open. */
  token: string | null;
  /** True once the nested provider holds the token: the overview is rendered only then. */
  ready: boolean;
  accessName: string;
  /** Said above the preview when the client would see nothing: a disabled or expired access. */
  notice: string;
  server: string;
  workspace: string;
  /** Where focus returns when the preview closes: the Preview button. */
  returnFocus: HTMLElement | null;
  /** Close preview, or Escape. */
  onClose: () => void;
}

/**
 * The client's overview inside a provider of its own, holding a short preview session: the
 * owner sees exactly what the client sees and stays signed in. Closing discards the session.
 */
export function renderPreviewDialog(o: PreviewDialogOptions): TemplateResult {
  return html`
    <foyer-modal-dialog fallback-focus="#detail-heading, #new-access" .open=${o.token !== null} .returnFocus=${o.returnFocus} @cancel=${o.onClose}>
      <dialog part="dialog preview-dialog" id="preview-dialog" aria-labelledby="preview-heading">
      ${
        o.token
          ? html`
            <div class="dialog-head">
              <h3 id="preview-heading">${msg(str`Preview: what “${o.accessName}” sees`)}</h3>
              <button part="button" type="button" autofocus @click=${o.onClose}>${msg('Close preview')}</button>
            </div>
            <p class="hint">
              ${msg('This is the overview exactly as the client sees it. You stay signed in; closing the preview ends it.')}
            </p>
            ${o.notice ? html`<p part="error" role="alert">${o.notice}</p>` : nothing}
            <div part="preview" class="preview">
              <foyer-provider persist="none" server=${o.server} workspace=${o.workspace}>
                ${
                  !o.ready
                    ? html`<p part="loading">${msg('Opening the preview…')}</p>`
                    : customElements.get('gallery-overview')
                      ? html`<gallery-overview></gallery-overview>`
                      : html`<p>${msg('The gallery overview is not loaded on this page, so the preview cannot show it.')}</p>`
                }
              </foyer-provider>
            </div>
          `
          : nothing
      }
      </dialog>
    </foyer-modal-dialog>
  `;
}
