import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClientGalleryView, ClientItem, Item } from '@foyer/schema';
import { pictureCaption } from '../../internal/picture-caption.js';

/**
 * What a signed-in client has beside the pictures of a gallery: a favourite toggle and a
 * download link on each picture, the number of favourites, a filter to see only them, and the
 * gallery's ZIP where the access allows downloads.
 */
export interface ClientPartsOptions {
  view: ClientGalleryView;
  url: (path: string) => string;
  favouritesOnly: boolean;
  onToggleFavourite: (item: ClientItem) => void;
  onFilter: (favouritesOnly: boolean) => void;
}

function favouriteCount(n: number): string {
  return n === 1 ? msg('1 favourite') : msg(str`${n} favourites`);
}

/** The client's item as the view holds it now: the lightbox and the grid hand over a plain item. */
function clientItem(view: ClientGalleryView, item: Item): ClientItem | undefined {
  return view.items.find((i) => i.id === item.id);
}

/** The favourite toggle and download link of one picture, under it in the grid and in the lightbox. */
export function renderItemActions(o: ClientPartsOptions, item: Item, where: 'grid' | 'lightbox'): TemplateResult {
  const current = clientItem(o.view, item);
  if (!current) return html``;
  const pressed = current.favourite;
  const download = current.downloadUrl;
  const favouritePart = where === 'grid' ? 'favourite' : 'button lightbox-favourite';
  const downloadPart = where === 'grid' ? 'download' : 'button lightbox-download';
  return html`
    <div part=${where === 'grid' ? 'item-actions' : 'lightbox-actions'} class="item-actions">
      <button
        part=${favouritePart}
        class="favourite"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        ?disabled=${!o.view.mayMarkFavourites}
        @click=${() => o.onToggleFavourite(current)}
      >
        <span class="heart" aria-hidden="true">${pressed ? '♥' : '♡'}</span> ${pressed ? msg('Favourite') : msg('Mark as favourite')}
      </button>
      ${
        download
          ? html`<a part=${downloadPart} class="download" href=${o.url(download)} download=${current.name} aria-label=${msg(str`Download ${pictureCaption(current)}`)}
            >${msg('Download')}</a
          >`
          : nothing
      }
    </div>
  `;
}

/** The count of favourites, the filter, and the gallery's ZIP, above the pictures. */
export function renderClientToolbar(o: ClientPartsOptions): TemplateResult | typeof nothing {
  if (o.view.items.length === 0) return nothing;
  const count = o.view.items.filter((i) => i.favourite).length;
  return html`
    <div part="client-toolbar" class="client-toolbar">
      <p part="favourite-count" class="favourite-count" aria-live="polite">${favouriteCount(count)}</p>
      <label part="favourites-filter" class="favourites-filter">
        <input type="checkbox" .checked=${o.favouritesOnly} @change=${(e: Event) => o.onFilter((e.target as HTMLInputElement).checked)} />
        ${msg('Show favourites only')}
      </label>
      ${o.view.zipUrl ? html`<a part="download-gallery" class="download" href=${o.url(o.view.zipUrl)}>${msg('Download the gallery (ZIP)')}</a>` : nothing}
    </div>
  `;
}

/** The view with only the favourites while the filter is on. */
export function shownView(view: ClientGalleryView, favouritesOnly: boolean): ClientGalleryView {
  return favouritesOnly ? { ...view, items: view.items.filter((i) => i.favourite) } : view;
}
