import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { Gallery, Item, UpdateGalleryInput } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerGalleryChangeEvent } from '../../events/foyer-gallery-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { fieldSentence } from '../../internal/form-field.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { pictureCaption } from '../../internal/lightbox/lightbox.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import { renderGalleryDialog, type GalleryQuestion } from './gallery-dialogs.js';
import { galleryManagerStyles } from './gallery-manager.styles.js';
import { galleryRefusal } from './gallery-messages.js';
import { renderGalleryPictures } from './gallery-pictures.js';
import { renderGallerySettings } from './gallery-settings.js';
import { GalleryTree } from './gallery-tree-model.js';
import { UploadQueue } from './upload-queue.js';

/**
 * @summary The photographer's studio: the workspace's galleries as a tree, and for the chosen
 * one its settings (title, navigation with a sentence of what it opens, password, place in
 * the tree, order among its siblings), its pictures (many uploaded at once with each file's
 * progress and the batch's, cancellable; the cover; deleting) and deleting it.
 *
 * Place it in a `<foyer-provider>` with a member's session; the server decides who may manage
 * galleries ("Manage galleries") and refuses the rest with a sentence shown here. Every
 * change is the server's at once: an access's "opens, and why" reads the tree as it now is.
 *
 * @slot heading - Your own words for the heading, in place of "Galleries".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("“Wedding” is saved.").
 * @csspart tree - The list of galleries, nested as the tree is.
 * @csspart tree-item - One gallery in the tree: the button that chooses it.
 * @csspart new-gallery - The button that creates a gallery.
 * @csspart settings - The chosen gallery's settings form.
 * @csspart navigation-sentence - The sentence of what the navigation setting opens.
 * @csspart placement - Where the gallery sits: its parent and its order.
 * @csspart select - The parent chooser.
 * @csspart checkbox - The navigation checkbox.
 * @csspart pictures - The chosen gallery's pictures and uploads.
 * @csspart drop-zone - Where pictures are dropped.
 * @csspart file-button - The button that opens the file picker.
 * @csspart file - The file picker.
 * @csspart uploads - The files being uploaded.
 * @csspart upload - One file on its way.
 * @csspart upload-name - Its name.
 * @csspart upload-progress - Its progress bar.
 * @csspart upload-state - Its state and size.
 * @csspart upload-cancel - The button that stops it.
 * @csspart upload-total - How many files and bytes of the batch have arrived.
 * @csspart upload-total-progress - The batch's progress bar.
 * @csspart items - The pictures in the gallery.
 * @csspart item - One picture.
 * @csspart thumbnail - Its thumbnail.
 * @csspart caption - Its title or file name.
 * @csspart cover-button - The button that makes it the cover (pressed for the cover).
 * @csspart field - A form field.
 * @csspart label - A field's label.
 * @csspart input - A text field.
 * @csspart button - Every button.
 * @csspart button-primary - Save, Create.
 * @csspart button-danger - The delete buttons.
 * @csspart dialog - The dialog that creates a gallery or confirms a deletion.
 * @csspart loading - The sentence shown while the galleries or pictures load.
 * @csspart empty - The sentence shown while there are none.
 * @csspart error - A refusal or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=30rem] - The width of the dialog.
 * @cssproperty [--thumbnail-size=8rem] - The width of a picture in the list.
 * @cssproperty [--tree-width=16rem] - The width of the tree beside the chosen gallery.
 *
 * @event foyer-gallery-change - A gallery was created, changed, moved or deleted, or pictures were added or deleted; `galleryId` names it.
 *
 */
export class GalleryManager extends LitElement {
  static {
    GalleryManager.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    galleries: { state: true },
    items: { state: true },
    selectedId: { state: true },
    navigationDraft: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    fieldErrors: { state: true },
    error: { state: true },
    pending: { state: true },
    question: { state: true },
    dialogErrors: { state: true },
    dialogError: { state: true },
    dragging: { state: true },
    announcement: { state: true },
  };

  static override styles = galleryManagerStyles;

  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  galleries: Gallery[] | undefined = undefined;
  items: Item[] | undefined = undefined;
  selectedId = '';
  /** The navigation checkbox as set and not yet saved; undefined while it shows the saved setting. */
  navigationDraft: boolean | undefined = undefined;
  loadError = '';
  retryable = false;
  fieldErrors: Record<string, string> = {};
  error = '';
  pending = false;
  question: GalleryQuestion | null = null;
  dialogErrors: Record<string, string> = {};
  dialogError = '';
  dragging = false;
  announcement = '';

  #askedFrom: HTMLElement | null = null;
  readonly #uploads = new UploadQueue(this, {
    uploaded: (item, galleryId) => this.#uploaded(item, galleryId),
    discard: (item) => void this.#discard(item),
  });
  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.#uploads.cancelAll();
      this.galleries = undefined;
      this.items = undefined;
      this.selectedId = '';
      this.loadError = '';
      if (c) void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.galleries || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });

  get #tree(): GalleryTree {
    return new GalleryTree(this.galleries ?? []);
  }

  get #selected(): Gallery | undefined {
    return this.galleries?.find((g) => g.id === this.selectedId);
  }

  /** Reads the galleries again, and the chosen gallery's pictures. */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    try {
      const galleries = await c.api.galleries.list.query({ workspace: c.workspace });
      if (!this.#link.isCurrent(ticket)) return;
      this.galleries = galleries;
      this.loadError = '';
      if (!galleries.some((g) => g.id === this.selectedId)) this.selectedId = new GalleryTree(galleries).inOrder()[0]?.gallery.id ?? '';
      await this.#loadItems();
    } catch (error) {
      if (!this.#link.isCurrent(ticket)) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = galleryRefusal(info);
      this.retryable = isRetryable(info);
    }
  }

  async #loadItems(): Promise<void> {
    const c = this.connection;
    const galleryId = this.selectedId;
    if (!c || !galleryId) {
      this.items = undefined;
      return;
    }
    const items = await c.api.galleries.items.query({ workspace: c.workspace, galleryId });
    if (this.selectedId === galleryId) this.items = items;
  }

  async #select(id: string): Promise<void> {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.items = undefined;
    this.navigationDraft = undefined;
    this.fieldErrors = {};
    this.error = '';
    await this.#loadItems().catch((error) => (this.error = galleryRefusal(describeError(error))));
  }

  /** Runs one change on the server, one at a time; reads the tree again and says what happened. */
  async #change(run: (c: FoyerConnection) => Promise<unknown>, done: string, galleryId: string): Promise<boolean> {
    const c = this.connection;
    if (!c || this.pending) return false;
    this.pending = true;
    this.error = '';
    try {
      await run(c);
      await this.refresh();
      this.dispatchEvent(new FoyerGalleryChangeEvent(galleryId));
      await this.#say(done);
      return true;
    } catch (error) {
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return false;
      if (info.code === 'INVALID_INPUT') this.fieldErrors = info.fieldErrors;
      else this.error = galleryRefusal(info);
      return false;
    } finally {
      this.pending = false;
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const g = this.#selected;
    if (!g) return;
    const data = new FormData(event.target as HTMLFormElement);
    const title = String(data.get('title') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const changes: Omit<UpdateGalleryInput, 'workspace' | 'galleryId'> = {};
    if (title !== g.title) changes.title = title;
    if (this.navigationDraft !== undefined && this.navigationDraft !== g.allowNavigation) changes.allowNavigation = this.navigationDraft;
    if (password) changes.password = password;
    this.fieldErrors = {};
    const saved = await this.#change((c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, ...changes }), msg(str`“${title || g.title}” is saved.`), g.id);
    if (saved) {
      this.navigationDraft = undefined;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#gallery-password');
      if (field) field.value = '';
    } else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  #removePassword(): void {
    const g = this.#selected;
    if (!g) return;
    void this.#change(
      (c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, password: null }),
      msg(str`“${g.title}” has no password now: its direct link opens it for anyone who has it.`),
      g.id,
    );
  }

  #place(parentId: string | null): void {
    const g = this.#selected;
    if (!g || parentId === g.parentId) return;
    const parent = this.#tree.get(parentId);
    void this.#change(
      (c) => c.api.galleries.move.mutate({ workspace: c.workspace, galleryId: g.id, parentId, position: this.#tree.childrenOf(parentId).length }),
      parent ? msg(str`“${g.title}” is now inside “${parent.title}”.`) : msg(str`“${g.title}” is now at the top level.`),
      g.id,
    );
  }

  #reorder(by: -1 | 1): void {
    const g = this.#selected;
    if (!g) return;
    const { index } = this.#tree.placeOf(g);
    void this.#change(
      (c) => c.api.galleries.move.mutate({ workspace: c.workspace, galleryId: g.id, parentId: g.parentId, position: index + by }),
      by < 0 ? msg(str`“${g.title}” moved up.`) : msg(str`“${g.title}” moved down.`),
      g.id,
    );
  }

  #setCover(item: Item): void {
    const g = this.#selected;
    if (!g) return;
    void this.#change(
      (c) => c.api.galleries.update.mutate({ workspace: c.workspace, galleryId: g.id, coverItemId: item.id }),
      msg(str`“${pictureCaption(item)}” is the cover of “${g.title}”.`),
      g.id,
    );
  }

  #ask(question: GalleryQuestion, event: Event): void {
    this.#askedFrom = event.currentTarget as HTMLElement;
    this.dialogErrors = {};
    this.dialogError = '';
    this.question = question;
  }

  #cancelQuestion(): void {
    if (!this.pending) this.question = null;
  }

  async #answer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const q = this.question;
    const c = this.connection;
    if (!q || !c || this.pending) return;
    this.pending = true;
    this.dialogError = '';
    try {
      let said: string;
      let galleryId: string;
      if (q.kind === 'create') {
        const title = String(new FormData(event.target as HTMLFormElement).get('title') ?? '').trim();
        const created = await c.api.galleries.create.mutate({ workspace: c.workspace, title, parentId: q.parent?.id ?? null });
        said = msg(str`“${created.title}” is created.`);
        galleryId = created.id;
        this.selectedId = created.id;
        this.items = undefined;
      } else if (q.kind === 'delete-gallery') {
        await c.api.galleries.delete.mutate({ workspace: c.workspace, galleryId: q.gallery.id });
        said = msg(str`“${q.gallery.title}” is deleted.`);
        galleryId = q.gallery.id;
        this.selectedId = q.gallery.parentId ?? '';
      } else {
        await c.api.galleries.deleteItem.mutate({ workspace: c.workspace, itemId: q.item.id });
        said = msg(str`“${pictureCaption(q.item)}” is deleted.`);
        galleryId = q.gallery.id;
      }
      this.question = null;
      this.pending = false;
      await this.refresh();
      this.dispatchEvent(new FoyerGalleryChangeEvent(galleryId));
      await this.#say(said);
      if (q.kind !== 'delete-item') this.renderRoot.querySelector<HTMLElement>('#settings-heading, #new-gallery')?.focus();
    } catch (error) {
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) {
        this.question = null;
        return;
      }
      if (info.code === 'INVALID_INPUT') this.dialogErrors = info.fieldErrors;
      else this.dialogError = galleryRefusal(info);
    } finally {
      this.pending = false;
    }
  }

  #addFiles(files: File[]): void {
    const c = this.connection;
    const g = this.#selected;
    if (!c?.token || !g || files.length === 0) return;
    this.#uploads.add(files, { server: c.server, token: c.token, workspace: c.workspace, galleryId: g.id });
  }

  /** A picture arrived: it shows in its gallery at once; the count in the tree follows with the next read. */
  #uploaded(item: Item, galleryId: string): void {
    if (galleryId === this.selectedId && this.items) this.items = [...this.items, item];
    if (!this.#uploads.busy) {
      void this.refresh();
      this.dispatchEvent(new FoyerGalleryChangeEvent(galleryId));
      const { done, count } = this.#uploads.total;
      void this.#say(msg(str`${done} of ${count} pictures added.`));
    }
  }

  /** A cancelled file the server stored anyway (its last byte had left): it goes again. */
  async #discard(item: Item): Promise<void> {
    const c = this.connection;
    if (!c) return;
    await c.api.galleries.deleteItem.mutate({ workspace: c.workspace, itemId: item.id }).catch(() => {});
  }

  async #say(sentence: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = sentence;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Galleries')}</slot></h2>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.#renderBody()}
        ${renderGalleryDialog({
          question: this.question,
          fieldErrors: Object.fromEntries(Object.entries(this.dialogErrors).map(([k, v]) => [k, fieldSentence(v)])),
          error: this.dialogError,
          pending: this.pending,
          returnFocus: this.#askedFrom,
          onSubmit: (e) => void this.#answer(e),
          onCancel: () => this.#cancelQuestion(),
        })}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.connection?.workspace ?? '',
      prompt: this.#signIn,
      signIn: msg('Sign in to manage your galleries.'),
      chooseWorkspace: msg('Choose an account to see its galleries.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: Boolean(this.galleries),
      loading: msg('Loading the galleries…'),
    });
    if (waiting) return waiting;
    const tree = this.#tree;
    const selected = this.#selected;
    const locale = pageLocale(this);
    const c = this.connection!;
    return html`
      <div class="layout">
        <nav class="tree-panel" aria-label=${msg('Galleries')}>
          ${this.#renderTree(tree, null)}
          ${tree.inOrder().length === 0 ? html`<p part="empty">${msg('No galleries yet. Create the first one.')}</p>` : nothing}
          <div class="buttons">
            <button part="button new-gallery" id="new-gallery" type="button" @click=${(e: Event) => this.#ask({ kind: 'create', parent: null }, e)}>
              ${msg('New gallery')}
            </button>
            ${
              selected
                ? html`<button part="button" type="button" @click=${(e: Event) => this.#ask({ kind: 'create', parent: selected }, e)}>
                  ${msg(str`New gallery in “${selected.title}”`)}
                </button>`
                : nothing
            }
          </div>
        </nav>
        ${
          selected
            ? html`<div class="detail">
              ${this.error ? html`<p part="error" role="alert">${this.error}</p>` : nothing}
              ${renderGallerySettings({
                gallery: selected,
                tree,
                locale,
                allowNavigation: this.navigationDraft ?? selected.allowNavigation,
                fieldErrors: this.fieldErrors,
                pending: this.pending,
                onNavigation: (on) => (this.navigationDraft = on),
                onSave: (e) => void this.#save(e),
                onRemovePassword: () => this.#removePassword(),
                onPlace: (parentId) => this.#place(parentId),
                onReorder: (by) => this.#reorder(by),
                onDelete: (e) => this.#ask({ kind: 'delete-gallery', gallery: selected, subGalleries: tree.childrenOf(selected.id).length }, e),
              })}
              ${renderGalleryPictures({
                gallery: selected,
                items: this.items,
                uploads: this.#uploads,
                locale,
                pending: this.pending,
                url: (path) => c.url(path),
                dragging: this.dragging,
                onFiles: (files) => this.#addFiles(files),
                onDragging: (dragging) => (this.dragging = dragging),
                onCover: (item) => this.#setCover(item),
                onDelete: (item, e) => this.#ask({ kind: 'delete-item', item, gallery: selected }, e),
              })}
            </div>`
            : nothing
        }
      </div>
    `;
  }

  #renderTree(tree: GalleryTree, parent: string | null): TemplateResult | typeof nothing {
    const children = tree.childrenOf(parent);
    if (children.length === 0) return nothing;
    return html`<ul part="tree" class="tree">
      ${children.map(
        (g) => html`<li>
          <button
            part="tree-item"
            class="tree-item"
            type="button"
            data-gallery-id=${g.id}
            aria-current=${g.id === this.selectedId ? 'true' : nothing}
            @click=${() => void this.#select(g.id)}
          >
            <span class="tree-title">${g.title}</span>
            <span class="tree-count muted">${g.itemCount === 1 ? msg('1 picture') : msg(str`${g.itemCount} pictures`)}${g.hasPassword ? html` · ${msg('password')}` : nothing}</span>
          </button>
          ${this.#renderTree(tree, g.id)}
        </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-manager': GalleryManager;
  }
}
