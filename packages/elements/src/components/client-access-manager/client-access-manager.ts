import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerAccessChangeEvent, type AccessChange } from '../../events/foyer-access-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { stackedTableStyles } from '../../internal/stacked-table.styles.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { renderAccessList } from './access-list.js';
import { AccessStore } from './access-store.js';
import styles from './client-access-manager.styles.js';
import { DetailLoader } from './detail-loader.js';
import { selectionStyles } from './selection-list.styles.js';
import { pageLocale } from './format.js';
import { refusalSentence } from './messages.js';

type View = { kind: 'list' } | { kind: 'create' } | { kind: 'detail'; accessId: string } | { kind: 'edit'; accessId: string };

/**
 * @summary The studio owner's page for client accesses: one code that opens every gallery a
 * client has. Lists, creates, edits, disables, rotates and deletes accesses, adds and removes
 * their galleries, shows which galleries each opens and why, shows and hands out the code and
 * previews the client's view.
 *
 * Place it inside a `<foyer-provider>` that holds the owner's session. The server decides
 * what the session may do; a refusal is shown as a sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Client accesses".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-access-change - An access was created, edited, disabled or enabled, got a new
 *   code, had galleries added or removed, or was deleted. `event.accessId`, `event.change`.
 *
 * @csspart base - The element's outer section.
 * @csspart header - The heading row with the "New client access" button.
 * @csspart title - The element's heading.
 * @csspart message - The live region announcing results ("Code copied", "Email sent to …").
 * @csspart list - The table of accesses.
 * @csspart row - One access in the table.
 * @csspart status - An access's status, in words: active, disabled or expired.
 * @csspart code-hint - The last characters of an access's code.
 * @csspart code-show - The button that shows an access's code again.
 * @csspart empty - The sentence shown where there is nothing to list.
 * @csspart loading - The sentence shown while something loads.
 * @csspart error - A refusal or a field's problem.
 * @csspart detail - One access with its facts, actions and galleries.
 * @csspart facts - The facts of one access.
 * @csspart actions - The buttons acting on one access.
 * @csspart form - A form: the access form, the gallery chooser.
 * @csspart field - One labelled field with its hint and error.
 * @csspart label - A field's label.
 * @csspart input - A text, email, date field or text area.
 * @csspart radio - A radio button.
 * @csspart checkbox - A checkbox of the gallery chooser, and the access form's "Allow downloads".
 * @csspart select - The access form's choice of when the client is told of new galleries.
 * @csspart button - Every button, and the mail program link.
 * @csspart button-primary - The main button of a form or panel.
 * @csspart button-danger - A button that cannot be taken back (rotate, delete).
 * @csspart chooser - The gallery tree to tick galleries in.
 * @csspart choice - One gallery's checkbox and title in the chooser.
 * @csspart tag - A gallery's "navigation on" or "password" mark.
 * @csspart reach - The list of galleries an access opens.
 * @csspart reach-item - One gallery in that list, with its path and reason.
 * @csspart selection - The pictures the access's client marked as favourites, with their count.
 * @csspart selection-count - "2 favourites".
 * @csspart selection-gallery - The title of a gallery in the favourites.
 * @csspart selection-items - The favourites of one gallery.
 * @csspart selection-item - One favourite: its thumbnail and name.
 * @csspart selection-thumbnail - A favourite's thumbnail.
 * @csspart share - The panel that shows a new code once, with copy and send.
 * @csspart code - The code in that panel.
 * @csspart dialog - A confirmation or preview dialog.
 * @csspart preview-dialog - The preview dialog.
 * @csspart preview - The client's view inside the preview dialog.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--status-active-color=var(--foyer-color-success)] - The mark of an active access.
 * @cssproperty [--status-disabled-color=var(--foyer-color-text-muted)] - The mark of a disabled access.
 * @cssproperty [--status-expired-color=var(--foyer-color-danger)] - The mark of an expired access.
 * @cssproperty --code-font-family - The font of codes.
 * @cssproperty [--code-font-size=1.25em] - The size of the code shown once.
 * @cssproperty [--indent=1.5rem] - How far each level of the gallery tree is indented.
 * @cssproperty [--dialog-width=40rem] - The widest a dialog grows.
 * @cssproperty [--preview-height=70vh] - The height of the client's view in the preview.
 * @cssproperty [--selection-thumbnail-size=7rem] - The narrowest a favourite's thumbnail gets before the grid wraps.
 */
export class ClientAccessManager extends LitElement {
  static {
    ClientAccessManager.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    entryUrl: { attribute: 'entry-url' },
    view: { state: true },
    actionError: { state: true },
    pending: { state: true },
    announcement: { state: true },
  };

  // Eight columns need about 34rem; on a phone each access is a card.
  static override styles = [hostStyles, styles, modalDialogStyles, stackedTableStyles('34rem'), selectionStyles];

  /**
   * The page on your site where clients enter their code. Used to build the link to copy when
   * the workspace has no entry page address of its own; without either, there is no link button.
   */
  entryUrl = '';

  view: View = { kind: 'list' };
  actionError = '';
  pending = false;
  announcement = '';

  /** Server, workspace and token the shown data belongs to: a change reloads everything. */
  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: (c) => {
      this.#reset();
      // Without a session there is nothing to ask the server: the sign-in prompt shows.
      if (c?.token) void this.#store.loadAll();
    },
  });
  readonly #signIn: SignInPrompt = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: (): HTMLElement | null | undefined => (this.#store.accesses || this.#store.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  readonly #store = new AccessStore(this, this.#link, this.#signIn);
  readonly #detail = new DetailLoader(this, {
    connection: () => this.connection,
    store: this.#store,
    entryUrl: () => this.entryUrl,
    act: (action) => this.#act(action),
    pending: () => this.pending,
    setPending: (pending) => (this.pending = pending),
    editing: () => (this.view.kind === 'edit' ? this.view.accessId : null),
    edit: () => void this.handleEdit(),
    saved: (accessId, change, sentence, focus) => this.#saved(accessId, change, sentence, focus),
    cancel: () => void this.#cancelForm(),
    changed: (accessId, change) => this.#changed(accessId, change),
    announce: (text) => this.#announce(text),
    focus: (selector) => this.#focus(selector),
    showList: () => (this.view = { kind: 'list' }),
    unavailable: (sentence) => (this.actionError = sentence),
    clearError: () => (this.actionError = ''),
  });

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  // --- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const store = this.#store;
    const showNew = this.view.kind === 'list' && store.accesses !== undefined && !store.loadError;
    return html`
      <div part="base" class="base">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Client accesses')}</slot></h2>
          ${
            showNew
              ? html`<button part="button button-primary" class="primary" id="new-access" type="button" @click=${this.handleNew}>
                ${msg('New client access')}
              </button>`
              : nothing
          }
        </div>
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody()}
      </div>
      ${this.#detail.actions?.confirmation.render() ?? nothing}
      ${this.#detail.actions?.preview.render(store.detail?.access.status, store.detail?.access.id) ?? nothing}
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    const store = this.#store;
    if (!this.connection) {
      return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in as the studio’s owner to manage client accesses.'));
    if (store.loadError) {
      return html`
        <p part="error" role="alert">${store.loadError}</p>
        <button part="button" type="button" @click=${() => store.loadAll()}>${msg('Try again')}</button>
      `;
    }
    if (!store.accesses) return html`<p part="loading" role="status">${msg('Loading client accesses…')}</p>`;
    const locale = pageLocale(this);
    switch (this.view.kind) {
      case 'list':
        return html`
          ${this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing}
          ${renderAccessList(store.accesses, locale, (a) => this.#openDetail(a.id))}
        `;
      case 'create':
        return this.#detail.editor?.render(undefined, locale) ?? nothing;
      case 'edit': {
        const access = store.detail?.access;
        if (!access) return this.#renderDetail(this.view.accessId, locale);
        return this.#detail.editor?.render(access, locale) ?? nothing;
      }
      case 'detail':
        return this.#renderDetail(this.view.accessId, locale);
    }
  }

  #renderDetail(accessId: string, locale: string): TemplateResult | typeof nothing {
    const store = this.#store;
    // Every way to the detail waits for its code first (see DetailLoader.ready).
    const { module: view, actions, galleries, selection, sharing } = this.#detail;
    if (!view || !actions || !galleries || !selection || !sharing) return nothing;
    return view.renderAccessDetail({
      accessId,
      detail: store.detail,
      detailError: store.detailError,
      actionError: this.actionError,
      choosing: galleries.choosing,
      pending: this.pending,
      galleries: store.galleries,
      galleriesError: store.galleriesError,
      locale,
      sharing,
      onBack: this.handleBack,
      onDoneSharing: this.handleDoneSharing,
      actions,
      onChoose: galleries.choose,
      onSave: galleries.save,
      onCancelChoosing: galleries.cancel,
      selection: selection.render(accessId),
    });
  }

  // --- helpers ---------------------------------------------------------------------------

  #reset(): void {
    this.#store.reset();
    this.view = { kind: 'list' };
    this.actionError = '';
    this.#detail.sharing?.clear();
    this.#detail.galleries?.stop();
    this.#detail.actions?.stop();
  }

  async #openDetail(accessId: string): Promise<void> {
    if (!(await this.#detail.ready())) return;
    this.announcement = '';
    this.view = { kind: 'detail', accessId };
    if (this.#store.detail?.access.id !== accessId) this.#store.set({ detail: undefined });
    this.#store.set({ detailError: '' });
    this.actionError = '';
    this.#detail.galleries?.stop();
    void this.#detail.selection?.load(accessId);
    await this.#store.loadDetail(accessId);
    await this.#focus('#detail-heading');
  }

  /** Puts a sentence in the live region; the same sentence twice is announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #changed(accessId: string, change: AccessChange): void {
    this.dispatchEvent(new FoyerAccessChangeEvent(accessId, change));
  }

  /** Opens a form: a fresh one, without the problems of the one before. */
  async #openForm(view: View): Promise<void> {
    this.announcement = '';
    this.#detail.editor?.reset();
    this.actionError = '';
    this.#detail.sharing?.clear();
    this.view = view;
    await this.#focus('#access-name');
  }

  // --- handlers: the list and the form ---------------------------------------------------

  private handleNew = async (): Promise<void> => {
    // A new access's code is shown once, in its detail: the form opens only when that can show.
    if (!(await this.#detail.ready())) return;
    void this.#store.loadGalleries();
    await this.#openForm({ kind: 'create' });
  };

  private handleEdit = async (): Promise<void> => {
    if (this.view.kind === 'detail') await this.#openForm({ kind: 'edit', accessId: this.view.accessId });
  };

  async #cancelForm(): Promise<void> {
    this.announcement = '';
    if (this.view.kind === 'edit') {
      this.view = { kind: 'detail', accessId: this.view.accessId };
      await this.#focus('#detail-heading');
    } else {
      this.view = { kind: 'list' };
      await this.#focus('#new-access');
    }
  }

  private handleBack = async (): Promise<void> => {
    this.announcement = '';
    const from = this.view.kind === 'detail' ? this.view.accessId : '';
    this.view = { kind: 'list' };
    this.#detail.sharing?.clear();
    this.#detail.galleries?.stop();
    this.actionError = '';
    await this.#focus(`button[data-open="${from}"]`);
  };

  /** After the form was saved: the access in detail, read again with the list. */
  async #saved(accessId: string, change: AccessChange, sentence: string, focus: string): Promise<void> {
    this.#detail.editor?.clearProblems();
    this.view = { kind: 'detail', accessId };
    this.#changed(accessId, change);
    void this.#announce(sentence);
    await Promise.all([this.#store.loadDetail(accessId), this.#store.refreshList()]);
    await this.#focus(focus);
  }

  // --- handlers: one access --------------------------------------------------------------

  /** Runs one action on the open access at a time; a refusal shows above its facts. */
  async #act(action: (c: FoyerConnection, access: Access) => Promise<void>): Promise<void> {
    const c = this.connection;
    const access = this.#store.detail?.access;
    if (!c || !access || this.pending) return;
    this.pending = true;
    this.actionError = '';
    try {
      await action(c, access);
    } catch (error) {
      this.actionError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  }

  private handleDoneSharing = async (): Promise<void> => {
    this.#detail.sharing?.clear();
    await this.#focus('#detail-heading');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'client-access-manager': ClientAccessManager;
  }
}
