import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { ClientGalleryView, ClientItem, Overview } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerGalleryOpenEvent } from '../../events/foyer-gallery-open-event.js';
import { focusGalleryHeading, renderGalleryCards, renderGalleryView } from '../../internal/gallery-view.js';
import { errorSentence, sessionEnded } from '../../internal/messages.js';
import { LazyLightbox } from '../../internal/lightbox/lazy-lightbox.js';
import { galleryOverviewStyles } from './gallery-overview.styles.js';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import type { ClientPartsOptions } from './client-parts.js';

type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/**
 * @summary A client's personal overview: every gallery shared with their access code, as
 * cards; opening one shows its pictures, its sub-galleries and the way up.
 *
 * Shown while the provider holds a client (access-code) session; renders nothing otherwise,
 * so a `<client-access-login>` beside it takes over. The overview is fetched again whenever
 * the element is connected again or the session changes: a gallery the studio adds to the
 * access later simply appears.
 *
 * @event foyer-gallery-open - A gallery was opened; `galleryId` names it.
 *
 * @csspart heading - The overview's heading, and the open gallery's title.
 * @csspart studio - The studio's name under the heading.
 * @csspart sign-out - The sign-out button.
 * @csspart status - The loading message.
 * @csspart error - An error message.
 * @csspart retry - The button that tries again after an error.
 * @csspart empty - The message shown when nothing is shared yet, or a gallery is empty.
 * @csspart cards - The list of gallery cards.
 * @csspart card - One gallery card (a button).
 * @csspart cover - A card's cover picture frame.
 * @csspart title - A card's title.
 * @csspart count - A card's number of pictures and sub-galleries.
 * @csspart gallery - The open gallery.
 * @csspart breadcrumb - The navigation bar above an open gallery.
 * @csspart back - The button back to all galleries.
 * @csspart up - The button up to the gallery above.
 * @csspart items - The list of the open gallery's pictures.
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
 * @csspart client-toolbar - The bar above an open gallery's pictures: favourites count, filter, the gallery's ZIP.
 * @csspart favourite-count - "3 favourites".
 * @csspart favourites-filter - The "Show favourites only" checkbox with its label.
 * @csspart download-gallery - The link that downloads the whole gallery as a ZIP, where the access allows downloads.
 * @csspart item-actions - The controls under a picture.
 * @csspart favourite - A picture's favourite toggle (a button with `aria-pressed`).
 * @csspart download - A picture's download link, where the access allows downloads.
 * @csspart lightbox-actions - The controls under the picture in the lightbox.
 * @csspart lightbox-favourite - The favourite toggle in the lightbox.
 * @csspart lightbox-download - The download link in the lightbox.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between cards and rows.
 * @cssproperty [--card-min-width=14rem] - The narrowest a card gets before the grid wraps.
 * @cssproperty [--card-radius=var(--foyer-radius)]
 * @cssproperty [--card-background=var(--foyer-color-surface-raised)]
 * @cssproperty [--cover-aspect-ratio=4 / 3]
 * @cssproperty [--thumbnail-size=10rem] - The narrowest a picture gets before the grid wraps.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--lightbox-background=var(--foyer-color-surface)] - Behind the picture in the lightbox.
 * @cssproperty [--lightbox-color=var(--foyer-color-text)] - The lightbox's text and controls.
 * @cssproperty [--favourite-color=var(--foyer-color-danger)] - The heart of a picture marked as a favourite.
 */
export class GalleryOverview extends LitElement {
  static {
    GalleryOverview.addInitializer(updateWhenLocaleChanges);
    GalleryOverview.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    loadState: { state: true },
    overview: { state: true },
    error: { state: true },
    view: { state: true },
    opening: { state: true },
    viewError: { state: true },
    signingOut: { state: true },
    favouritesOnly: { state: true },
  };

  static override styles = galleryOverviewStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  loadState: LoadState = 'idle';
  overview: Overview | undefined = undefined;
  error = '';
  /** The open gallery, when one is open. */
  view: ClientGalleryView | undefined = undefined;
  /** Only the pictures marked as favourites are shown. */
  favouritesOnly = false;
  /** The gallery being fetched, while one is. */
  opening: string | null = null;
  viewError = '';
  signingOut = false;

  readonly #lightbox = new LazyLightbox(this);
  /** What a client has beside an open gallery's pictures (favourites, downloads), fetched as the first gallery opens. */
  readonly #clientPartsCode = new LazyPart(() => import('./client-parts.js'));
  #token: string | null = null;
  #request = 0;
  #viewRequest = 0;
  #connectedBefore = false;
  /** The card to return focus to when going back to all galleries. */
  #openedFrom: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Connected again (a host page that swaps views): the access may hold new galleries.
    if (this.#connectedBefore && this.#isClientSession()) void this.#load({ quiet: true });
    this.#connectedBefore = true;
  }

  /** Fetches the overview again; the galleries shown are kept until the new answer is in. */
  refresh(): Promise<void> {
    return this.#load({ quiet: true });
  }

  #isClientSession(): boolean {
    const kind = this.connection?.sessionKind ?? null;
    return kind === 'access' || kind === 'unknown';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('connection')) return;
    const token = this.connection?.token ?? null;
    if (token === this.#token) return;
    this.#token = token;
    this.overview = undefined;
    this.view = undefined;
    this.opening = null;
    this.viewError = '';
    this.error = '';
    this.loadState = 'idle';
    if (this.#isClientSession()) void this.#load({ quiet: false });
  }

  async #load({ quiet }: { quiet: boolean }): Promise<void> {
    const connection = this.connection;
    if (!connection?.token) return;
    const request = ++this.#request;
    if (!quiet || !this.overview) this.loadState = 'loading';
    try {
      const overview = await connection.api.client.overview.query({ workspace: connection.workspace });
      if (request !== this.#request) return;
      this.overview = overview;
      this.error = '';
      this.loadState = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      this.#fail(connection, error, (sentence) => {
        this.error = sentence;
        this.loadState = 'error';
      });
    }
  }

  /** A session that ended sends the client back to the login; anything else is shown. */
  #fail(connection: FoyerConnection, error: unknown, show: (sentence: string) => void): void {
    const info = describeError(error);
    if (sessionEnded(info) && this.#isClientSession()) {
      connection.setToken(null);
      return;
    }
    show(errorSentence(info));
  }

  async #open(galleryId: string): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    if (!this.view) this.#openedFrom = galleryId;
    const request = ++this.#viewRequest;
    this.opening = galleryId;
    this.viewError = '';
    try {
      const [view, code] = await Promise.all([connection.api.client.gallery.query({ workspace: connection.workspace, galleryId }), this.#clientPartsCode.get().catch(() => undefined)]);
      if (request !== this.#viewRequest) return;
      if (!code) {
        this.opening = null;
        this.viewError = partUnavailable();
        return;
      }
      if (this.view?.gallery.id !== view.gallery.id) this.favouritesOnly = false;
      this.view = view;
      this.opening = null;
      await this.updateComplete;
      focusGalleryHeading(this.shadowRoot);
      this.dispatchEvent(new FoyerGalleryOpenEvent(galleryId));
    } catch (error) {
      if (request !== this.#viewRequest) return;
      this.opening = null;
      this.#fail(connection, error, (sentence) => {
        this.viewError = sentence;
      });
    }
  }

  async #handleBack(): Promise<void> {
    ++this.#viewRequest;
    this.view = undefined;
    this.opening = null;
    this.viewError = '';
    void this.#load({ quiet: true });
    await this.updateComplete;
    const card = this.#openedFrom ? this.renderRoot.querySelector<HTMLElement>(`.cards [data-gallery-id="${CSS.escape(this.#openedFrom)}"]`) : null;
    (card ?? this.renderRoot.querySelector<HTMLElement>('#overview-heading'))?.focus();
  }

  /** Marks or unmarks a picture at once; the mark goes back, with the reason, when the server refuses it. */
  async #toggleFavourite(item: ClientItem): Promise<void> {
    const connection = this.connection;
    const view = this.view;
    if (!connection || !view) return;
    const favourite = !item.favourite;
    const mark = (value: boolean) => {
      if (this.view?.gallery.id !== view.gallery.id) return;
      this.view = { ...this.view, items: this.view.items.map((i) => (i.id === item.id ? { ...i, favourite: value } : i)) };
    };
    mark(favourite);
    this.viewError = '';
    try {
      await connection.api.client.setFavourite.mutate({ workspace: connection.workspace, galleryId: view.gallery.id, itemId: item.id, favourite });
    } catch (error) {
      mark(!favourite);
      this.#fail(connection, error, (sentence) => {
        this.viewError = sentence;
      });
    }
  }

  #clientParts(view: ClientGalleryView, url: (path: string) => string): ClientPartsOptions {
    return {
      view,
      url,
      favouritesOnly: this.favouritesOnly,
      onToggleFavourite: (item) => void this.#toggleFavourite(item),
      onFilter: (on) => {
        this.favouritesOnly = on;
      },
    };
  }

  async #handleSignOut(): Promise<void> {
    const connection = this.connection;
    if (!connection || this.signingOut) return;
    this.signingOut = true;
    try {
      await connection.api.client.signOut.mutate({ workspace: connection.workspace });
    } catch {
      // Signed out here either way; the server ends a forgotten session at its idle lifetime.
    } finally {
      this.signingOut = false;
      connection.setToken(null);
    }
  }

  #renderBody() {
    const connection = this.connection!;
    const url = (path: string) => connection.url(path);
    const onOpen = (id: string) => void this.#open(id);
    const opening = this.opening ? html`<p part="status" class="state muted" role="status">${msg('Opening the gallery…')}</p>` : nothing;
    const viewError = this.viewError
      ? html`<div class="state" role="alert">
          <p part="error" class="error">${this.viewError}</p>
          ${this.view ? nothing : html`<button part="back" type="button" @click=${this.#handleBack}><span aria-hidden="true">←</span> ${msg('All galleries')}</button>`}
        </div>`
      : nothing;
    const code = this.#clientPartsCode.module;
    if (this.view && code) {
      const { renderClientToolbar, renderItemActions, shownView } = code;
      const parts = this.#clientParts(this.view, url);
      return html`${opening}${viewError}${renderGalleryView({
        view: shownView(this.view, this.favouritesOnly),
        url,
        onOpen,
        onBack: () => void this.#handleBack(),
        lightbox: this.#lightbox,
        toolbar: renderClientToolbar(parts),
        itemActions: (item, where) => renderItemActions(parts, item, where),
        emptyText: this.favouritesOnly ? msg('No pictures of this gallery are marked as favourites yet.') : undefined,
      })}`;
    }
    const galleries = this.overview?.galleries ?? [];
    return html`
      ${opening}${viewError}
      ${
        galleries.length === 0
          ? html`<p part="empty" class="state muted">${msg('No galleries have been shared with you yet.')}</p>`
          : renderGalleryCards(galleries, { url, onOpen, label: msg('Your galleries') })
      }
    `;
  }

  protected override render() {
    if (!this.connection || !this.#isClientSession()) return nothing;
    if (this.loadState === 'error' && !this.overview) {
      return html`<div class="state" role="alert">
        <p part="error" class="error">${this.error}</p>
        <button part="retry" type="button" @click=${() => void this.#load({ quiet: false })}>${msg('Try again')}</button>
      </div>`;
    }
    if (!this.overview) {
      return html`<p part="status" class="state muted" role="status">${msg('Loading your galleries…')}</p>`;
    }
    return html`
      <div class="toolbar">
        <div>
          <h2 part="heading" id="overview-heading" tabindex="-1">${msg(str`Galleries for ${this.overview.accessName}`)}</h2>
          <p part="studio" class="studio muted">${this.overview.workspaceName}</p>
        </div>
        <button part="sign-out" type="button" ?disabled=${this.signingOut} @click=${this.#handleSignOut}>${msg('Sign out')}</button>
      </div>
      <div aria-busy=${this.opening ? 'true' : 'false'}>${this.#renderBody()}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-overview': GalleryOverview;
  }
}
