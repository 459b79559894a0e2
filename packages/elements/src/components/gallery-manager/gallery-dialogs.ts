import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Gallery, Item } from '@foyer/schema';
import { renderField } from '../../internal/form-field.js';
import { pictureCaption } from '../../internal/picture-caption.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';

/** What the dialog is asking: a new gallery's title, or whether to delete a gallery or a picture. */
export type GalleryQuestion =
  | { kind: 'create'; parent: Gallery | null }
  | { kind: 'delete-gallery'; gallery: Gallery; subGalleries: number }
  | { kind: 'delete-item'; item: Item; gallery: Gallery };

export interface GalleryDialogOptions {
  question: GalleryQuestion | null;
  fieldErrors: Readonly<Record<string, string>>;
  error: string;
  pending: boolean;
  returnFocus: HTMLElement | null;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

function content(q: GalleryQuestion, o: GalleryDialogOptions): TemplateResult {
  const cancel = { label: msg('Cancel'), onClick: o.onCancel };
  switch (q.kind) {
    case 'create':
      return html`
        <h3 id="gallery-dialog-heading">${q.parent ? msg(str`New gallery in “${q.parent.title}”`) : msg('New gallery')}</h3>
        <p id="gallery-dialog-body" class="hint">${msg('It starts without pictures, without a password and with navigation off; change them once it is made.')}</p>
        ${renderField({ idPrefix: 'new-gallery', name: 'title', label: msg('Title'), required: true, autofocus: true }, o.fieldErrors)}
        ${renderDialogActions({ cancel: { ...cancel, autofocus: false }, actions: [{ label: msg('Create gallery'), tone: 'primary', type: 'submit' }] })}
      `;
    case 'delete-gallery': {
      const count = q.gallery.itemCount;
      return html`
        <h3 id="gallery-dialog-heading">${msg(str`Delete the gallery “${q.gallery.title}”?`)}</h3>
        <p id="gallery-dialog-body">
          ${
            q.subGalleries > 0
              ? msg(str`It still holds ${q.subGalleries} sub-galleries: move or delete them first.`)
              : count === 1
                ? msg('Its one picture goes with it, and every client access stops opening it. This cannot be undone.')
                : msg(str`Its ${count} pictures go with it, and every client access stops opening it. This cannot be undone.`)
          }
        </p>
        ${renderDialogActions({ cancel, actions: q.subGalleries > 0 ? [] : [{ label: msg('Delete gallery'), tone: 'danger', type: 'submit' }] })}
      `;
    }
    case 'delete-item':
      return html`
        <h3 id="gallery-dialog-heading">${msg(str`Delete “${pictureCaption(q.item)}”?`)}</h3>
        <p id="gallery-dialog-body">${msg(str`The picture ${q.item.name} leaves “${q.gallery.title}” and every client’s view of it. This cannot be undone.`)}</p>
        ${renderDialogActions({ cancel, actions: [{ label: msg('Delete picture'), tone: 'danger', type: 'submit' }] })}
      `;
  }
}

/** The one dialog of the manager: focus moves in and stays, Escape cancels, focus returns to what asked. */
export function renderGalleryDialog(o: GalleryDialogOptions): TemplateResult {
  const q = o.question;
  return html`
    <foyer-modal-dialog fallback-focus="#new-gallery" .open=${q !== null} .returnFocus=${o.returnFocus} @cancel=${o.onCancel}>
      <dialog part="dialog" id="gallery-dialog" aria-labelledby="gallery-dialog-heading" aria-describedby="gallery-dialog-body">
        <form class="dialog-form" aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSubmit}>
          ${q ? content(q, o) : nothing} ${o.error ? html`<p part="error" role="alert">${o.error}</p>` : nothing}
        </form>
      </dialog>
    </foyer-modal-dialog>
  `;
}
