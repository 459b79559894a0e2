import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { AccessSelection } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { pictureCaption } from '../../internal/picture-caption.js';
import { refusalSentence } from './messages.js';

type Host = ReactiveControllerHost & HTMLElement;

function favouriteCount(n: number): string {
  return n === 1 ? msg('1 favourite') : msg(str`${n} favourites`);
}

/**
 * The pictures an access's client marked as favourites, gallery by gallery: what the
 * photographer reads in the access's detail to know which pictures the client chose. Fetched
 * each time an access opens, so a choice made since shows.
 */
export class SelectionList implements ReactiveController {
  #accessId: string | null = null;
  #selection: AccessSelection | undefined;
  #error = '';
  #request = 0;
  readonly #host: Host;
  readonly #connection: () => FoyerConnection | undefined;

  constructor(host: Host, connection: () => FoyerConnection | undefined) {
    this.#host = host;
    this.#connection = connection;
    host.addController(this);
  }

  /** An answer that comes after the element left the page is dropped, and the next visit asks again. */
  hostDisconnected(): void {
    ++this.#request;
    this.#accessId = null;
    this.#selection = undefined;
  }

  async load(accessId: string): Promise<void> {
    const c = this.#connection();
    if (!c) return;
    const request = ++this.#request;
    if (this.#accessId !== accessId) this.#selection = undefined;
    this.#accessId = accessId;
    this.#error = '';
    this.#host.requestUpdate();
    try {
      const selection = await c.api.accesses.selection.query({ workspace: c.workspace, accessId });
      if (request !== this.#request) return;
      this.#selection = selection;
    } catch (error) {
      if (request !== this.#request) return;
      this.#error = refusalSentence(describeError(error));
    }
    this.#host.requestUpdate();
  }

  /** The access's selection, for the access shown in detail. */
  render(accessId: string): TemplateResult {
    const s = this.#accessId === accessId ? this.#selection : undefined;
    let body: TemplateResult;
    if (this.#accessId === accessId && this.#error) body = html`<p part="error" role="alert">${this.#error}</p>`;
    else if (!s) body = html`<p part="loading" role="status">${msg('Loading the favourites…')}</p>`;
    else if (s.count === 0) body = html`<p part="empty">${msg('The client has marked no favourites yet.')}</p>`;
    else body = this.#renderGalleries(s, (path) => this.#connection()?.url(path) ?? path);
    return html`
      <section part="selection" class="selection" aria-labelledby="selection-heading">
        <h4 id="selection-heading">${msg('The client’s favourites')}</h4>
        ${s && s.count > 0 ? html`<p part="selection-count" class="hint">${favouriteCount(s.count)}</p>` : ''}
        ${body}
      </section>
    `;
  }

  #renderGalleries(s: AccessSelection, url: (path: string) => string): TemplateResult {
    return html`${s.galleries.map(
      (g) => html`
        <h5 part="selection-gallery" id=${`selection-${g.galleryId}`}>${g.title}</h5>
        <ul part="selection-items" class="selection-items" aria-labelledby=${`selection-${g.galleryId}`}>
          ${g.items.map(
            (item) => html`
              <li part="selection-item" data-item-id=${item.id}>
                <img part="selection-thumbnail" src=${url(item.thumbnailUrl)} alt="" loading="lazy" />
                <span class="selection-name">${pictureCaption(item)}</span>
                ${item.title ? html`<span class="muted selection-file">${item.name}</span>` : ''}
              </li>
            `,
          )}
        </ul>
      `,
    )}`;
  }
}
