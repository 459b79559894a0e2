import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { Gallery, Item } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerGalleryChangeEvent } from '../../events/foyer-gallery-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { fieldSentence } from '../../internal/form-field.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import { answerGalleryQuestion } from './gallery-answers.js';
import { coverChoice, type GalleryChange, passwordRemoval, placement, reordering, settingsSave } from './gallery-changes.js';
import { renderGalleryDialog, type GalleryQuestion } from './gallery-dialogs.js';
import { galleryManagerStyles } from './gallery-manager.styles.js';
import { galleryRefusal } from './gallery-messages.js';
import { renderGalleryPictures } from './gallery-pictures.js';
import { renderGallerySettings } from './gallery-settings.js';
import { GalleryTree } from './gallery-tree-model.js';
import { renderGalleryTreePanel } from './gallery-tree-view.js';
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
  async #change(change: GalleryChange | undefined): Promise<boolean> {
    const c = this.connection;
    if (!c || !change || this.pending) return false;
    this.pending = true;
    this.error = '';
    try {
      await change.run(c);
      await this.refresh();
      this.dispatchEvent(new FoyerGalleryChangeEvent(change.galleryId));
      await this.#say(change.said);
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
    this.fieldErrors = {};
    if (await this.#change(settingsSave(g, event.target as HTMLFormElement, this.navigationDraft))) {
      this.navigationDraft = undefined;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#gallery-password');
      if (field) field.value = '';
    } else {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
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
      const { said, galleryId, select } = await answerGalleryQuestion(c, q, event.target as HTMLFormElement);
      if (select !== undefined) {
        this.selectedId = select;
        this.items = undefined;
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
    const ref = { workspace: c.workspace, galleryId: g.id };
    // The server keeps no file of a cancelled upload, told on the connection that sent it (the page may have signed out since).
    const cancel = (key: string) => void c.api.galleries.cancelUpload.mutate({ ...ref, key }).catch(() => {});
    this.#uploads.add(files, { server: c.server, token: c.token, ...ref, cancel });
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
        ${renderGalleryTreePanel({
          tree,
          selected,
          onSelect: (id) => void this.#select(id),
          onAsk: (question, e) => this.#ask(question, e),
        })}
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
                onRemovePassword: () => void this.#change(passwordRemoval(selected)),
                onPlace: (parentId) => void this.#change(placement(selected, tree, parentId)),
                onReorder: (by) => void this.#change(reordering(selected, tree, by)),
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
                onCover: (item) => void this.#change(coverChoice(selected, item)),
                onDelete: (item, e) => this.#ask({ kind: 'delete-item', item, gallery: selected }, e),
              })}
            </div>`
            : nothing
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-manager': GalleryManager;
  }
}
