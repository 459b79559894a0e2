import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { GalleryCard, GalleryView, Item } from '@foyer/schema';
import type { LazyLightbox } from './lightbox/lazy-lightbox.js';
import { pictureCaption } from './picture-caption.js';

/**
 * How one open gallery, and a list of gallery cards, look. Used by <gallery-overview> and
 * <gallery-direct-link> so both show a gallery the same way, with the same `part` names on
 * their own shadow roots (so `::part()` reaches them without `exportparts`).
 */

export interface GalleryCardsOptions {
  url: (path: string) => string;
  onOpen: (galleryId: string) => void;
  /** The accessible name of the list. */
  label: string;
}

function itemCount(n: number): string {
  return n === 1 ? msg('1 picture') : msg(str`${n} pictures`);
}

function subGalleryCount(n: number): string {
  return n === 1 ? msg('1 sub-gallery') : msg(str`${n} sub-galleries`);
}

/** Galleries as a list of cards; each card is a button, so it opens with a click, Enter or Space. */
export function renderGalleryCards(cards: readonly GalleryCard[], options: GalleryCardsOptions): TemplateResult {
  return html`
    <ul part="cards" class="cards" aria-label=${options.label}>
      ${cards.map(
        (card) => html`
          <li>
            <button part="card" class="card" type="button" data-gallery-id=${card.id} @click=${() => options.onOpen(card.id)}>
              <span part="cover" class="cover"
                >${card.coverUrl ? html`<img src=${options.url(card.coverUrl)} alt="" loading="lazy" />` : nothing}</span
              >
              <span class="card-text">
                <span part="title" class="title">${card.title}</span>
                <span part="count" class="count"
                  >${itemCount(card.itemCount)}${card.subGalleryCount > 0 ? html` · ${subGalleryCount(card.subGalleryCount)}` : nothing}</span
                >
              </span>
            </button>
          </li>
        `,
      )}
    </ul>
  `;
}

function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1, dot + 5) : msg('file');
}

const isPicture = (item: Item) => item.mediaType.startsWith('image/');

/**
 * One item: a picture in its own shape (never cropped), which opens large in the lightbox where
 * the host has one; any other file, a link that opens it.
 */
function renderItem(item: Item, pictures: readonly Item[], url: (path: string) => string, lightbox: LazyLightbox | undefined, actions?: ItemActions): TemplateResult {
  const href = url(item.url);
  const caption = pictureCaption(item);
  let shown: TemplateResult;
  if (isPicture(item) && lightbox) {
    shown = html`<button part="item-link" class="item-open" type="button" @click=${(e: Event) => void lightbox.open(pictures, pictures.indexOf(item), e.currentTarget as HTMLElement)}>
      <img part="thumbnail" class="thumbnail" src=${url(item.thumbnailUrl)} alt=${caption} loading="lazy" />
    </button>`;
  } else {
    const preview = isPicture(item)
      ? html`<img part="thumbnail" class="thumbnail" src=${url(item.thumbnailUrl)} alt=${caption} loading="lazy" />`
      : html`<span part="thumbnail" class="thumbnail file" role="img" aria-label=${caption}>${fileExtension(item.name)}</span>`;
    shown = html`<a part="item-link" href=${href} target="_blank" rel="noopener" title=${msg(str`Open ${caption} in full size`)}>${preview}</a>`;
  }
  return html`
    <li>
      <figure part="item" class="item" data-item-id=${item.id}>
        ${shown}
        <figcaption part="item-name" class="item-name">${caption}</figcaption>
        ${actions ? actions(item, 'grid') : nothing}
      </figure>
    </li>
  `;
}

/** Controls a host adds to each picture, under it in the grid and in the lightbox. */
export type ItemActions = (item: Item, where: 'grid' | 'lightbox') => TemplateResult;

export interface GalleryViewOptions {
  view: GalleryView;
  url: (path: string) => string;
  /** Opens another gallery: a sub-gallery, or the one above. */
  onOpen: (galleryId: string) => void;
  /** Leaves the gallery for the list of all galleries; no control is shown without it. */
  onBack?: () => void;
  /** Where pictures open large; without one, a picture opens as its file. */
  lightbox?: LazyLightbox;
  /** What the host shows between the title and the pictures. */
  toolbar?: TemplateResult | typeof nothing;
  itemActions?: ItemActions;
  /** Said instead of the pictures when none is shown; the gallery's own sentence when none is given. */
  emptyText?: string;
}

/**
 * One open gallery: a navigation bar (back to all galleries, up to the gallery above when
 * the server names one), the title as a focusable heading, the items, the sub-galleries
 * the server lets the visitor open, and the lightbox its pictures open in.
 */
export function renderGalleryView(options: GalleryViewOptions): TemplateResult {
  const { view, url, onOpen, onBack, lightbox, itemActions } = options;
  const pictures = view.items.filter(isPicture);
  const parent = view.parent;
  const navigation =
    onBack || parent
      ? html`<nav part="breadcrumb" class="navigation" aria-label=${msg('Gallery navigation')}>
          ${onBack ? html`<button part="back" type="button" @click=${onBack}><span aria-hidden="true">←</span> ${msg('All galleries')}</button>` : nothing}
          ${
            parent
              ? html`<button part="up" type="button" data-gallery-id=${parent.id} @click=${() => onOpen(parent.id)}>
                <span aria-hidden="true">↑</span> ${msg(str`Up to ${parent.title}`)}
              </button>`
              : nothing
          }
        </nav>`
      : nothing;
  return html`
    <section part="gallery" class="gallery" aria-labelledby="gallery-heading">
      ${navigation}
      <h2 part="heading" id="gallery-heading" tabindex="-1">${view.gallery.title}</h2>
      ${options.toolbar ?? nothing}
      ${
        view.items.length === 0
          ? html`<p part="empty" class="muted">${options.emptyText ?? msg('This gallery has no pictures yet.')}</p>`
          : html`<ul part="items" class="items" aria-label=${msg(str`Pictures in ${view.gallery.title}`)}>
            ${view.items.map((item) => renderItem(item, pictures, url, lightbox, itemActions))}
          </ul>`
      }
      ${
        view.subGalleries.length > 0
          ? html`<h3 part="sub-galleries-heading">${msg('Sub-galleries')}</h3>
            ${renderGalleryCards(view.subGalleries, { url, onOpen, label: msg(str`Sub-galleries of ${view.gallery.title}`) })}`
          : nothing
      }
      ${lightbox ? lightbox.render(url, itemActions && ((item) => itemActions(item, 'lightbox'))) : nothing}
    </section>
  `;
}

/** Moves focus to the open gallery's heading, so a screen reader announces where the visitor is. */
export function focusGalleryHeading(root: ShadowRoot | null): void {
  root?.querySelector<HTMLElement>('#gallery-heading')?.focus();
}
