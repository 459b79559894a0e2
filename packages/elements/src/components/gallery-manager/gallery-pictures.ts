import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Gallery, Item } from '@foyer/schema';
import { pictureCaption } from '../../internal/picture-caption.js';
import { uploadRefusal } from './gallery-messages.js';
import type { Upload, UploadQueue } from './upload-queue.js';

export interface GalleryPicturesOptions {
  gallery: Gallery;
  items: readonly Item[] | undefined;
  uploads: UploadQueue;
  locale: string;
  pending: boolean;
  url: (path: string) => string;
  dragging: boolean;
  onFiles: (files: File[]) => void;
  onDragging: (dragging: boolean) => void;
  onCover: (item: Item) => void;
  onDelete: (item: Item, event: Event) => void;
}

function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(bytes / (1024 * 1024));
}

function percent(sent: number, size: number): number {
  return size > 0 ? Math.round((sent / size) * 100) : 100;
}

function renderUpload(u: Upload, queue: UploadQueue, locale: string): TemplateResult {
  const states: Record<Upload['state'], string> = {
    waiting: msg('Waiting'),
    sending: msg(str`${percent(u.sent, u.size)} %`),
    done: msg('Added'),
    failed: msg('Not added'),
    cancelled: msg('Cancelled'),
  };
  const labelId = `upload-${u.id}-name`;
  return html`
    <li part="upload" class="upload ${u.state}" data-state=${u.state}>
      <span part="upload-name" id=${labelId} class="upload-name">${u.name}</span>
      <progress part="upload-progress" max=${u.size || 1} .value=${u.state === 'done' ? u.size : u.sent} aria-labelledby=${labelId}></progress>
      <span part="upload-state" class="upload-state">${states[u.state]} · ${msg(str`${megabytes(u.size, locale)} MB`)}</span>
      ${
        u.state === 'waiting' || u.state === 'sending'
          ? html`<button part="button upload-cancel" type="button" aria-describedby=${labelId} @click=${() => queue.cancel(u.id)}>${msg('Cancel')}</button>`
          : nothing
      }
      ${u.refusal ? html`<p part="error" class="upload-error">${uploadRefusal(u.name, u.refusal.code, u.refusal.message)}</p>` : nothing}
    </li>
  `;
}

function renderUploads(queue: UploadQueue, locale: string): TemplateResult | typeof nothing {
  if (queue.uploads.length === 0) return nothing;
  const total = queue.total;
  return html`
    <div part="uploads" class="uploads">
      <p part="upload-total" class="upload-total" id="upload-total">
        ${msg(str`${total.done} of ${total.count} pictures added · ${megabytes(total.sent, locale)} of ${megabytes(total.size, locale)} MB`)}
      </p>
      <progress part="upload-total-progress" max=${total.size || 1} .value=${total.sent} aria-labelledby="upload-total"></progress>
      <div class="buttons">
        ${
          queue.busy
            ? html`<button part="button" type="button" @click=${() => queue.cancelAll()}>${msg('Cancel all uploads')}</button>`
            : html`<button part="button" type="button" @click=${() => queue.clearFinished()}>${msg('Clear the list')}</button>`
        }
      </div>
      <ul class="upload-list">${queue.uploads.map((u) => renderUpload(u, queue, locale))}</ul>
    </div>
  `;
}

/**
 * The chosen gallery's pictures: a place to drop many at once (or pick them), each file's
 * progress and the whole batch's, and the pictures already in it, each of which can become
 * the cover or be deleted.
 */
export function renderGalleryPictures(o: GalleryPicturesOptions): TemplateResult {
  const items = o.items;
  const files = (list: FileList | null | undefined) => [...(list ?? [])];
  return html`
    <section part="pictures" class="pictures" aria-labelledby="pictures-heading">
      <h3 id="pictures-heading">${msg(str`Pictures in “${o.gallery.title}”`)}</h3>
      <div
        part="drop-zone"
        class="drop-zone ${o.dragging ? 'dragging' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          o.onDragging(true);
        }}
        @dragleave=${() => o.onDragging(false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          o.onDragging(false);
          o.onFiles(files(e.dataTransfer?.files));
        }}
      >
        <p>${msg('Drop pictures here, or')}</p>
        <label part="button file-button" class="file-button">
          ${msg('Choose pictures')}
          <input
            part="file"
            id="picture-files"
            type="file"
            accept="image/*"
            multiple
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              o.onFiles(files(input.files));
              input.value = '';
            }}
          />
        </label>
      </div>
      ${renderUploads(o.uploads, o.locale)}
      ${
        !items
          ? html`<p part="loading">${msg('Loading the pictures…')}</p>`
          : items.length === 0
            ? html`<p part="empty">${msg('No pictures yet.')}</p>`
            : html`<ul part="items" class="items">
              ${items.map((item) => {
                const caption = pictureCaption(item);
                // Without a chosen cover, the first picture is the cover.
                const isCover = (o.gallery.coverItemId ?? items[0]?.id) === item.id;
                return html`<li part="item" class="item" data-item-id=${item.id}>
                  <img part="thumbnail" class="thumbnail" src=${o.url(item.thumbnailUrl)} alt=${caption} loading="lazy" />
                  <span part="caption" class="caption">${caption}</span>
                  <div class="buttons">
                    <button part="button cover-button" type="button" aria-pressed=${isCover ? 'true' : 'false'} ?disabled=${o.pending} @click=${() => o.onCover(item)}>
                      ${isCover ? msg('The cover') : msg('Use as cover')}
                    </button>
                    <button part="button button-danger" class="danger" type="button" ?disabled=${o.pending} aria-label=${msg(str`Delete ${caption}`)} @click=${(e: Event) => o.onDelete(item, e)}>
                      ${msg('Delete')}
                    </button>
                  </div>
                </li>`;
              })}
            </ul>`
      }
    </section>
  `;
}
