import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { GalleryView, PublicGalleryInfo } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerGalleryOpenEvent } from '../../events/foyer-gallery-open-event.js';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { focusGalleryHeading, renderGalleryView } from '../../internal/gallery-view.js';
import { errorSentence } from '../../internal/messages.js';
import { LazyLightbox } from '../../internal/lightbox/lazy-lightbox.js';
import { galleryDirectLinkStyles } from './gallery-direct-link.styles.js';

type LoadState = 'idle' | 'loading' | 'password' | 'ready' | 'error';

/**
 * @summary One gallery opened by its direct link, without an access code: asks for the
 * gallery's password when it has one, then shows its pictures, its sub-galleries and the
 * way up, as the gallery's navigation setting allows.
 *
 * A sub-gallery or parent with a password of its own asks for that password when opened, once:
 * the provider's gallery session holds every gallery its visitor unlocked (a password given adds
 * to it), so going up and back down does not ask again, nor does a reload where the provider
 * keeps its session (`persist`).
 *
 * @event foyer-gallery-open - A gallery was opened; `galleryId` names it.
 * @event foyer-signed-in - Bubbles up from the password prompt when a password was right (`kind` is `gallery`).
 *
 * @csspart studio - The studio's name above the gallery.
 * @csspart status - The loading message.
 * @csspart error - An error message.
 * @csspart gallery - The open gallery.
 * @csspart breadcrumb - The navigation bar above the gallery.
 * @csspart up - The button up to the gallery above.
 * @csspart heading - The gallery's title (and the password prompt's).
 * @csspart empty - The message shown for a gallery without pictures.
 * @csspart items - The list of pictures.
 * @csspart item - One picture with its name.
 * @csspart item-link - The button that opens a picture large (a link, for a file that is no picture).
 * @csspart thumbnail - A picture's thumbnail, in the picture's own shape.
 * @csspart item-name - A picture's title, or its file name without the extension.
 * @csspart lightbox - The dialog a picture opens large in; arrow keys and a swipe move, Escape closes.
 * @csspart lightbox-image - The picture in the lightbox.
 * @csspart lightbox-caption - Its title.
 * @csspart lightbox-count - "Picture 3 of 12".
 * @csspart lightbox-close - The button that closes the lightbox.
 * @csspart lightbox-previous - The button to the previous picture.
 * @csspart lightbox-next - The button to the next picture.
 * @csspart lightbox-full - The link that opens the full picture.
 * @csspart sub-galleries-heading - The heading above the sub-gallery cards.
 * @csspart cards - The list of sub-gallery cards.
 * @csspart card - One sub-gallery card (a button).
 * @csspart cover - A card's cover picture frame.
 * @csspart title - A card's title.
 * @csspart count - A card's number of pictures and sub-galleries.
 * @csspart prompt - The password prompt (`<gallery-password-prompt>`); its own parts below
 *   are exported under the same names.
 * @csspart form - The password prompt's form.
 * @csspart label - The password field's label.
 * @csspart input - The password field.
 * @csspart error - Why a password was refused.
 * @csspart button - The password prompt's submit button.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between pictures and rows.
 * @cssproperty [--card-min-width=14rem] - The narrowest a card gets before the grid wraps.
 * @cssproperty [--card-radius=var(--foyer-radius)]
 * @cssproperty [--card-background=var(--foyer-color-surface-raised)]
 * @cssproperty [--cover-aspect-ratio=4 / 3]
 * @cssproperty [--thumbnail-size=10rem] - The narrowest a picture gets before the grid wraps.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--lightbox-background=var(--foyer-color-surface)] - Behind the picture in the lightbox.
 * @cssproperty [--lightbox-color=var(--foyer-color-text)] - The lightbox's text and controls.
 */
export class GalleryDirectLink extends LitElement {
  static {
    GalleryDirectLink.addInitializer(updateWhenLocaleChanges);
    GalleryDirectLink.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    gallery: {},
    galleryFromUrl: { type: Boolean, attribute: 'gallery-from-url' },
    loadState: { state: true },
    info: { state: true },
    view: { state: true },
    error: { state: true },
  };

  static override styles = galleryDirectLinkStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The id of the gallery the link opens. */
  gallery = '';

  readonly #lightbox = new LazyLightbox(this);

  /** Read the gallery's id from the page address's `?gallery=<id>` (the server's direct links look so). */
  galleryFromUrl = false;

  loadState: LoadState = 'idle';
  info: PublicGalleryInfo | undefined = undefined;
  view: GalleryView | undefined = undefined;
  error = '';

  #request = 0;
  /** Which provider and gallery the shown content belongs to. */
  #shownFor: { api: object; workspace: string; gallery: string } | undefined;
  /** Whether to move focus when the next gallery appears (after navigation within the element). */
  #moveFocus = false;

  constructor() {
    super();
    this.addEventListener('foyer-signed-in', (event: FoyerSignedInEvent) => {
      if (event.kind === 'gallery' && this.info) {
        this.#moveFocus = true;
        void this.#open(this.info.id);
      }
    });
  }

  get #entryGallery(): string {
    if (this.gallery) return this.gallery;
    if (!this.galleryFromUrl) return '';
    return new URLSearchParams(location.search).get('gallery') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('connection') && !changed.has('gallery') && !changed.has('galleryFromUrl')) return;
    const connection = this.connection;
    const gallery = this.#entryGallery;
    if (!connection || !gallery) {
      this.#shownFor = undefined;
      this.loadState = 'idle';
      return;
    }
    const shown = this.#shownFor;
    // A new token (a password just unlocked a gallery) does not restart the link.
    if (shown && shown.api === connection.api && shown.workspace === connection.workspace && shown.gallery === gallery) return;
    this.#shownFor = { api: connection.api, workspace: connection.workspace, gallery };
    this.view = undefined;
    void this.#show(gallery);
  }

  /** Looks the gallery up; asks for its password unless this session may have unlocked it (the server says); opens it. */
  async #show(galleryId: string): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    const request = ++this.#request;
    this.loadState = 'loading';
    this.error = '';
    try {
      const info = await connection.api.publicGallery.info.query({ workspace: connection.workspace, galleryId });
      if (request !== this.#request) return;
      this.info = info;
      // Only a gallery session can have unlocked a password; anything else would be refused.
      const kind = connection?.sessionKind ?? null;
      if (info.passwordRequired && kind !== 'gallery' && kind !== 'unknown') {
        this.loadState = 'password';
        await this.#focusPrompt();
        return;
      }
    } catch (error) {
      if (request !== this.#request) return;
      this.error = errorSentence(describeError(error));
      this.loadState = 'error';
      return;
    }
    await this.#open(galleryId, request);
  }

  async #open(galleryId: string, request = ++this.#request): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    try {
      const view = await connection.api.publicGallery.open.query({ workspace: connection.workspace, galleryId });
      if (request !== this.#request) return;
      this.view = view;
      this.loadState = 'ready';
      await this.updateComplete;
      if (this.#moveFocus) focusGalleryHeading(this.shadowRoot);
      this.#moveFocus = false;
      this.dispatchEvent(new FoyerGalleryOpenEvent(galleryId));
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (info.code === 'GALLERY_PASSWORD_REQUIRED') {
        this.loadState = 'password';
        await this.#focusPrompt();
        return;
      }
      this.error = errorSentence(info);
      this.loadState = 'error';
    }
  }

  async #focusPrompt(): Promise<void> {
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    await this.updateComplete;
    const prompt = this.renderRoot.querySelector('gallery-password-prompt');
    await prompt?.updateComplete;
    prompt?.focus();
  }

  #navigate(galleryId: string): void {
    this.#moveFocus = true;
    void this.#show(galleryId);
  }

  protected override render() {
    if (!this.connection) return nothing;
    const studio = this.info ? html`<p part="studio" class="studio muted">${this.info.workspaceName}</p>` : nothing;
    switch (this.loadState) {
      case 'idle':
        return nothing;
      case 'loading':
        return html`${studio}<p part="status" class="state muted" role="status">${msg('Opening the gallery…')}</p>`;
      case 'error':
        return html`${studio}<p part="error" class="state error" role="alert">${this.error}</p>`;
      case 'password':
        return html`${studio}<gallery-password-prompt
            part="prompt"
            exportparts="form, label, input, error, button"
            .gallery=${this.info?.id ?? ''}
            gallery-title=${this.info?.title ?? ''}
          ></gallery-password-prompt>`;
      case 'ready': {
        const connection = this.connection;
        return html`${studio}${renderGalleryView({
          view: this.view!,
          url: (path) => connection.url(path),
          onOpen: (id) => this.#navigate(id),
          lightbox: this.#lightbox,
        })}`;
      }
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-direct-link': GalleryDirectLink;
  }
}
