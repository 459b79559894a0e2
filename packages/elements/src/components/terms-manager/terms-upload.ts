import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { TermsOverview } from '@foyer/schema';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import { publishConsequence } from './terms-messages.js';

/** A problem with the form, by where it is shown. */
export interface TermsFormErrors {
  title?: string;
  text?: string;
  form?: string;
}

export interface TermsUploadView {
  overview: TermsOverview;
  title: string;
  text: string;
  /** The file the text was read from, until the text is typed over. */
  fileName: string;
  errors: TermsFormErrors;
  pending: boolean;
  confirming: boolean;
  dialogError: string;
  onTitle: (value: string) => void;
  onText: (value: string) => void;
  onFile: (file: File | undefined) => void;
  onSubmit: (event: SubmitEvent) => void;
  onConfirm: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** A new version, typed or read from a text file; publishing it is asked about first. */
export function renderTermsUpload(v: TermsUploadView): TemplateResult {
  const next = (v.overview.current?.version ?? 0) + 1;
  return html`
    <form part="form" class="form" novalidate aria-labelledby="upload-title" aria-busy=${v.pending ? 'true' : 'false'} @submit=${v.onSubmit}>
      <h3 id="upload-title">${msg(str`Publish version ${next}`)}</h3>
      <div class="field">
        <label part="label" for="terms-title">${msg('Title')}</label>
        <input
          part="input"
          id="terms-title"
          name="title"
          autocomplete="off"
          maxlength="200"
          .value=${live(v.title)}
          aria-invalid=${v.errors.title ? 'true' : 'false'}
          aria-describedby="terms-title-error"
          @input=${(e: Event) => v.onTitle((e.target as HTMLInputElement).value)}
        />
        <p part="error" class="error" id="terms-title-error">${v.errors.title ?? ''}</p>
      </div>
      <div class="field">
        <label part="label" for="terms-file">${msg('Read the text from a file')} <span class="optional">${msg('(optional)')}</span></label>
        <input
          part="file"
          id="terms-file"
          name="file"
          type="file"
          accept=".txt,.md,.text,text/plain,text/markdown"
          aria-describedby="terms-file-hint"
          @change=${(e: Event) => v.onFile((e.target as HTMLInputElement).files?.[0])}
        />
        <p part="hint" class="hint" id="terms-file-hint" role="status">
          ${v.fileName ? msg(str`The text below was read from ${v.fileName}. Check it before you publish.`) : msg('A plain text file. Its text shows below, where you can check and change it.')}
        </p>
      </div>
      <div class="field wide">
        <label part="label" for="terms-text">${msg('Text of the terms')}</label>
        <textarea
          part="input"
          id="terms-text"
          name="text"
          rows="10"
          .value=${live(v.text)}
          aria-invalid=${v.errors.text ? 'true' : 'false'}
          aria-describedby="terms-text-error"
          @input=${(e: Event) => v.onText((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p part="error" class="error" id="terms-text-error">${v.errors.text ?? ''}</p>
      </div>
      ${v.errors.form ? html`<p part="error" role="alert">${v.errors.form}</p>` : nothing}
      <button part="button button-primary" class="primary" type="submit" ?disabled=${v.pending}>${msg(str`Publish version ${next}…`)}</button>
    </form>
    ${renderConfirmation(v, next)}
  `;
}

function renderConfirmation(v: TermsUploadView, next: number): TemplateResult {
  return html`
    <foyer-modal-dialog fallback-focus="#current-title" .open=${v.confirming} @cancel=${v.onCancel}>
      <dialog part="dialog" id="terms-dialog" aria-labelledby="dialog-heading" aria-describedby="dialog-body">
        ${
          v.confirming
            ? html`<form class="dialog-form" novalidate aria-busy=${v.pending ? 'true' : 'false'} @submit=${v.onConfirm}>
                <h3 id="dialog-heading">${msg(str`Publish “${v.title.trim()}” as version ${next}?`)}</h3>
                <p id="dialog-body">${publishConsequence(v.overview)}</p>
                ${v.dialogError ? html`<p part="error" role="alert">${v.dialogError}</p>` : nothing}
                ${renderDialogActions({
                  cancel: { label: msg('Cancel'), onClick: v.onCancel },
                  actions: [{ label: v.pending ? msg('Publishing…') : msg(str`Publish version ${next}`), tone: 'danger', type: 'submit', disabled: v.pending }],
                })}
              </form>`
            : nothing
        }
      </dialog>
    </foyer-modal-dialog>
  `;
}
