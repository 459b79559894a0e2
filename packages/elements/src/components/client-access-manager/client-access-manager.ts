import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { createFoyerApi, describeError } from '@foyer/client';
import type { Access, AccessDetail, Gallery } from '@foyer/schema';
import { foyerContext, type FoyerConnection } from '../../context/foyer-context.js';
import { FoyerAccessChangeEvent, type AccessChange } from '../../events/foyer-access-change-event.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { renderAccessForm, readAccessForm, type AccessFormValues } from './access-form.js';
import { renderAccessActions, renderAccessFacts, renderAccessGalleries } from './access-detail.js';
import { renderAccessList, renderStatus } from './access-list.js';
import styles from './client-access-manager.styles.js';
import { renderConfirmDialog, renderPreviewDialog, type Confirmation } from './dialogs.js';
import { endOfDay, pageLocale, statusSentence } from './format.js';
import { refusalSentence } from './messages.js';
import { renderSharePanel, sentSentence, type SharedCode } from './share-panel.js';

type View =
  | { kind: 'list' }
  | { kind: 'create' }
  | { kind: 'detail'; accessId: string }
  | { kind: 'edit'; accessId: string };

interface Preview {
  token: string;
  accessName: string;
  accessId: string;
  /** The nested provider holds the token. */
  ready: boolean;
}

/** Fields of the access form, by the names the server uses in its field errors. */
const formFields = new Set(['name', 'code', 'email', 'note', 'scope', 'expiresAt', 'galleryIds']);

/**
 * @summary The studio owner's page for client accesses: one code that opens every gallery a
 * client has. Lists, creates, edits, disables, rotates and deletes accesses, adds and removes
 * their galleries, shows which galleries each opens and why, hands out the code and
 * previews the client's view.
 *
 * Place it inside a `<foyer-provider>` that holds the owner's session. The server decides
 * what the session may do; a refusal is shown as a sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Client accesses".
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
 * @csspart checkbox - A checkbox of the gallery chooser.
 * @csspart button - Every button, and the mail program link.
 * @csspart button-primary - The main button of a form or panel.
 * @csspart button-danger - A button that cannot be taken back (rotate, delete).
 * @csspart chooser - The gallery tree to tick galleries in.
 * @csspart choice - One gallery's checkbox and title in the chooser.
 * @csspart tag - A gallery's "navigation on" or "password" mark.
 * @csspart reach - The list of galleries an access opens.
 * @csspart reach-item - One gallery in that list, with its path and reason.
 * @csspart share - The panel that shows a new code once, with copy and send.
 * @csspart code - The code in that panel.
 * @csspart dialog - A confirmation or preview dialog.
 * @csspart preview-dialog - The preview dialog.
 * @csspart preview - The client's view inside the preview dialog.
 *
 * @cssproperty [--status-active-color=var(--foyer-color-success)] - The mark of an active access.
 * @cssproperty [--status-disabled-color=var(--foyer-color-text-muted)] - The mark of a disabled access.
 * @cssproperty [--status-expired-color=var(--foyer-color-danger)] - The mark of an expired access.
 * @cssproperty --code-font-family - The font of codes.
 * @cssproperty [--code-font-size=1.25em] - The size of the code shown once.
 * @cssproperty [--indent=1.5rem] - How far each level of the gallery tree is indented.
 * @cssproperty [--dialog-width=40rem] - The widest a dialog grows.
 * @cssproperty [--preview-height=70vh] - The height of the client's view in the preview.
 */
@localized()
export class ClientAccessManager extends LitElement {
  static override styles = [hostStyles, styles];

  @consume({ context: foyerContext, subscribe: true })
  accessor connection: FoyerConnection | undefined = undefined;

  /**
   * The page on your site where clients enter their code. Used to build the link to copy when
   * the workspace has no entry page address of its own; without either, there is no link button.
   */
  @property({ attribute: 'entry-url' }) accessor entryUrl = '';

  @state() accessor accesses: Access[] | undefined = undefined;
  @state() accessor loadError = '';
  @state() accessor galleries: Gallery[] | undefined = undefined;
  @state() accessor galleriesError = '';
  @state() accessor view: View = { kind: 'list' };
  @state() accessor detail: AccessDetail | undefined = undefined;
  @state() accessor detailError = '';
  @state() accessor actionError = '';
  @state() accessor fieldErrors: Record<string, string> = {};
  @state() accessor formError = '';
  @state() accessor pending = false;
  @state() accessor shared: SharedCode | null = null;
  @state() accessor choosing = false;
  @state() accessor confirm: Confirmation | null = null;
  @state() accessor confirmError = '';
  @state() accessor confirmCodeError = '';
  @state() accessor preview: Preview | null = null;
  @state() accessor announcement = '';

  /** Server, workspace and token the shown data belongs to: a change reloads everything. */
  #loadedFor = '';
  /** A fresh form each time one opens, so no typed text lingers from an earlier one. */
  #formCount = 0;
  #returnFocus: HTMLElement | null = null;

  protected override willUpdate(): void {
    // The context consumer asks for an update without naming the property, so compare here.
    const c = this.connection;
    const key = c ? `${c.server}\n${c.workspace}\n${c.token ?? ''}` : '';
    if (key !== this.#loadedFor) {
      this.#loadedFor = key;
      this.#reset();
      if (c) void this.#loadAll();
    }
  }

  protected override updated(): void {
    this.#syncDialog('#confirm-dialog', this.confirm !== null);
    this.#syncDialog('#preview-dialog', this.preview !== null);
    if (this.preview && !this.preview.ready) void this.#handPreviewToken(this.preview);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A preview session is not left behind when the element goes away.
    if (this.preview) this.#endPreview(this.preview.token);
    this.preview = null;
    this.shared = null;
  }

  // --- rendering -------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const showNew = this.view.kind === 'list' && this.accesses !== undefined && !this.loadError;
    return html`
      <div part="base" class="base">
        <div part="header" class="header">
          <h2 id="title" part="title"><slot name="heading">${msg('Client accesses')}</slot></h2>
          ${showNew
            ? html`<button part="button button-primary" class="primary" id="new-access" type="button" @click=${this.handleNew}>
                ${msg('New client access')}
              </button>`
            : nothing}
        </div>
        <div part="message" class="message" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody()}
      </div>
      ${renderConfirmDialog({
        kind: this.confirm,
        accessName: this.detail?.access.name ?? '',
        codeError: this.confirmCodeError,
        error: this.confirmError,
        pending: this.pending,
        onConfirm: this.handleConfirm,
        onCancel: this.handleCancelConfirm,
        onEscape: this.handleCancelConfirm,
        onClose: this.handleConfirmClosed,
      })}
      ${renderPreviewDialog({
        token: this.preview?.token ?? null,
        ready: this.preview?.ready ?? false,
        accessName: this.preview?.accessName ?? '',
        notice: this.#previewNotice(),
        server: this.connection?.server ?? '',
        workspace: this.connection?.workspace ?? '',
        onCancel: this.handleClosePreview,
        onEscape: this.handleClosePreview,
        onClose: this.handleClosePreview,
      })}
    `;
  }

  #renderBody(): TemplateResult {
    if (!this.connection) {
      return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    }
    if (this.loadError) {
      return html`
        <p part="error" role="alert">${this.loadError}</p>
        <button part="button" type="button" @click=${() => this.#loadAll()}>${msg('Try again')}</button>
      `;
    }
    if (!this.accesses) return html`<p part="loading" role="status">${msg('Loading client accesses…')}</p>`;
    const locale = pageLocale(this);
    switch (this.view.kind) {
      case 'list':
        return html`
          ${this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing}
          ${renderAccessList(this.accesses, locale, (a) => this.#openDetail(a.id))}
        `;
      case 'create':
        return this.#renderForm(undefined, locale);
      case 'edit': {
        const access = this.detail?.access;
        if (!access) return this.#renderDetail(this.view.accessId, locale);
        return this.#renderForm(access, locale);
      }
      case 'detail':
        return this.#renderDetail(this.view.accessId, locale);
    }
  }

  /** The form for a new access, or for editing `access`; keyed so each opening starts fresh. */
  #renderForm(access: Access | undefined, locale: string): TemplateResult {
    const mode = access ? 'edit' : 'create';
    return html`${keyed(
      `${mode}-${this.#formCount}`,
      renderAccessForm({
        mode,
        access,
        galleries: this.galleries,
        galleriesError: this.galleriesError,
        fieldErrors: this.fieldErrors,
        formError: this.formError,
        pending: this.pending,
        locale,
        onSubmit: this.handleSubmitAccess,
        onCancel: this.handleCancelForm,
      }),
    )}`;
  }

  #renderDetail(accessId: string, locale: string): TemplateResult {
    const back = html`<button part="button" class="back" type="button" @click=${this.handleBack}>
      <span aria-hidden="true">←</span> ${msg('All client accesses')}
    </button>`;
    if (this.detailError) return html`${back}<p part="error" role="alert">${this.detailError}</p>`;
    const d = this.detail;
    if (!d || d.access.id !== accessId) return html`${back}<p part="loading" role="status">${msg('Loading the access…')}</p>`;
    const a = d.access;
    return html`
      ${back}
      <article part="detail" class="detail" aria-labelledby="detail-heading">
        <div class="detail-head">
          <h3 id="detail-heading" tabindex="-1">${a.name}</h3>
          ${renderStatus(a.status)}
        </div>
        <p class="hint">${statusSentence(a.status)}</p>
        ${this.shared?.accessId === a.id
          ? renderSharePanel({
              accessName: a.name,
              email: a.email,
              shared: this.shared,
              link: this.#shareLink(),
              onCopyCode: this.handleCopyCode,
              onCopyLink: this.handleCopyLink,
              onSend: this.handleSend,
              onDone: this.handleDoneSharing,
            })
          : nothing}
        ${this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing}
        ${renderAccessFacts(a, locale)}
        ${renderAccessActions(a, {
          onEdit: this.handleEdit,
          onToggleDisabled: this.handleToggleDisabled,
          onRotate: this.handleAskRotate,
          onPreview: this.handlePreview,
          onDelete: this.handleAskDelete,
        })}
        ${renderAccessGalleries({
          detail: d,
          choosing: this.choosing,
          pending: this.pending,
          galleries: this.galleries,
          galleriesError: this.galleriesError,
          locale,
          onChoose: this.handleChoose,
          onSave: this.handleSaveGalleries,
          onCancel: this.handleCancelChoosing,
        })}
      </article>
    `;
  }

  // --- loading ---------------------------------------------------------------------------

  #reset(): void {
    this.accesses = undefined;
    this.loadError = '';
    this.galleries = undefined;
    this.galleriesError = '';
    this.view = { kind: 'list' };
    this.detail = undefined;
    this.detailError = '';
    this.actionError = '';
    this.shared = null;
    this.choosing = false;
    this.confirm = null;
    if (this.preview) this.#endPreview(this.preview.token);
    this.preview = null;
  }

  async #loadAll(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const key = this.#loadedFor;
    this.accesses = undefined;
    this.loadError = '';
    const [accesses] = await Promise.allSettled([c.api.accesses.list.query({ workspace: c.workspace }), this.#loadGalleries()]);
    if (key !== this.#loadedFor) return;
    if (accesses.status === 'fulfilled') this.accesses = accesses.value;
    else this.loadError = refusalSentence(describeError(accesses.reason));
  }

  async #loadGalleries(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const key = this.#loadedFor;
    try {
      const galleries = await c.api.galleries.list.query({ workspace: c.workspace });
      if (key !== this.#loadedFor) return;
      this.galleries = galleries;
      this.galleriesError = '';
    } catch (error) {
      if (key !== this.#loadedFor) return;
      this.galleriesError = refusalSentence(describeError(error));
    }
  }

  async #refreshList(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const key = this.#loadedFor;
    try {
      const accesses = await c.api.accesses.list.query({ workspace: c.workspace });
      if (key === this.#loadedFor) this.accesses = accesses;
    } catch {
      // The change itself went through; the list catches up on the next load.
    }
  }

  async #loadDetail(accessId: string): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const key = this.#loadedFor;
    try {
      const detail = await c.api.accesses.get.query({ workspace: c.workspace, accessId });
      if (key !== this.#loadedFor) return;
      this.detail = detail;
      this.detailError = '';
    } catch (error) {
      if (key !== this.#loadedFor) return;
      this.detailError = refusalSentence(describeError(error));
    }
  }

  async #openDetail(accessId: string): Promise<void> {
    this.announcement = '';
    this.view = { kind: 'detail', accessId };
    if (this.detail?.access.id !== accessId) this.detail = undefined;
    this.detailError = '';
    this.actionError = '';
    this.choosing = false;
    await this.#loadDetail(accessId);
    await this.#focus('#detail-heading');
  }

  // --- helpers ---------------------------------------------------------------------------

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

  #syncDialog(selector: string, open: boolean): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>(selector);
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }

  #restoreFocus(): void {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    void this.updateComplete.then(() => {
      if (target?.isConnected) target.focus();
      else this.renderRoot.querySelector<HTMLElement>('#detail-heading, #new-access')?.focus();
    });
  }

  #previewNotice(): string {
    const access = this.detail?.access;
    const status = this.preview && access?.id === this.preview.accessId ? access.status : undefined;
    if (status === 'disabled') return msg('This access is disabled: with its code the client sees nothing until you enable it again.');
    if (status === 'expired') return msg('This access has expired: with its code the client sees nothing until you move its expiry date.');
    return '';
  }

  /** The link to the entry page with the code filled in, when there is an entry page. */
  #shareLink(): string | null {
    const link = this.shared?.invitation?.link;
    if (!link) return null;
    if (/^https?:\/\//i.test(link)) return link;
    if (!this.entryUrl || !link.startsWith('#')) return null;
    return `${this.entryUrl.split('#')[0]}${link}`;
  }

  async #copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      await this.#announce(done);
    } catch {
      await this.#announce(msg('Could not copy. Select the text and copy it yourself.'));
    }
  }

  /** Shows a new code once and fetches the prefilled message for it. */
  async #share(accessId: string, code: string): Promise<void> {
    this.shared = { accessId, code };
    const c = this.connection;
    if (!c) return;
    try {
      const invitation = await c.api.accesses.invitation.query({ workspace: c.workspace, accessId, code });
      if (this.shared?.code === code) this.shared = { ...this.shared, invitation };
    } catch (error) {
      if (this.shared?.code === code) this.shared = { ...this.shared, invitationError: refusalSentence(describeError(error)) };
    }
  }

  #formFailure(error: unknown): void {
    const info = describeError(error);
    if (info.code === 'CODE_TAKEN') {
      this.fieldErrors = { code: refusalSentence(info) };
      this.formError = '';
    } else if (Object.keys(info.fieldErrors).length > 0) {
      this.fieldErrors = info.fieldErrors;
      const unshown = Object.keys(info.fieldErrors).some((field) => !formFields.has(field));
      this.formError = unshown ? info.message : refusalSentence(info);
    } else {
      this.fieldErrors = {};
      this.formError = refusalSentence(info);
    }
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
    });
  }

  #endPreview(token: string): void {
    const c = this.connection;
    if (!c) return;
    const api = createFoyerApi({ server: c.server, getToken: () => token });
    // Ends the preview session on the server too; a failure leaves it to expire on its own.
    api.client.signOut.mutate({ workspace: c.workspace }).catch(() => undefined);
  }

  async #handPreviewToken(preview: Preview): Promise<void> {
    const provider = this.renderRoot.querySelector<HTMLElement & { token: string | null; updateComplete: Promise<boolean> }>(
      '#preview-dialog foyer-provider',
    );
    if (!provider) return;
    await provider.updateComplete;
    if (this.preview !== preview) return;
    provider.token = preview.token;
    this.preview = { ...preview, ready: true };
  }

  // --- handlers --------------------------------------------------------------------------

  private handleNew = async (): Promise<void> => {
    this.announcement = '';
    this.#formCount++;
    this.fieldErrors = {};
    this.formError = '';
    this.actionError = '';
    this.shared = null;
    this.view = { kind: 'create' };
    void this.#loadGalleries();
    await this.#focus('#access-name');
  };

  private handleEdit = async (): Promise<void> => {
    this.announcement = '';
    if (this.view.kind !== 'detail') return;
    this.#formCount++;
    this.fieldErrors = {};
    this.formError = '';
    this.actionError = '';
    this.shared = null;
    this.view = { kind: 'edit', accessId: this.view.accessId };
    await this.#focus('#access-name');
  };

  private handleCancelForm = async (): Promise<void> => {
    this.announcement = '';
    if (this.view.kind === 'edit') {
      this.view = { kind: 'detail', accessId: this.view.accessId };
      await this.#focus('#detail-heading');
    } else {
      this.view = { kind: 'list' };
      await this.#focus('#new-access');
    }
  };

  private handleBack = async (): Promise<void> => {
    this.announcement = '';
    const from = this.view.kind === 'detail' ? this.view.accessId : '';
    this.view = { kind: 'list' };
    this.shared = null;
    this.choosing = false;
    this.actionError = '';
    await this.#focus(`button[data-open="${from}"]`);
  };

  private handleSubmitAccess = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.pending) return;
    const values = readAccessForm(event.currentTarget as HTMLFormElement);
    const expiresAt = values.expiresOn ? endOfDay(values.expiresOn) : null;
    if (values.expiresOn && !expiresAt) {
      this.fieldErrors = { expiresAt: msg('Enter a date, or leave the field empty.') };
      return;
    }
    this.pending = true;
    try {
      if (this.view.kind === 'edit') await this.#update(c, this.view.accessId, values, expiresAt);
      else await this.#create(c, values, expiresAt);
    } catch (error) {
      this.#formFailure(error);
    } finally {
      this.pending = false;
    }
  };

  async #create(c: FoyerConnection, v: AccessFormValues, expiresAt: string | null): Promise<void> {
    const created = await c.api.accesses.create.mutate({
      workspace: c.workspace,
      name: v.name,
      scope: v.scope,
      ...(v.code ? { code: v.code } : {}),
      ...(v.email ? { email: v.email } : {}),
      ...(v.note.trim() ? { note: v.note } : {}),
      ...(expiresAt ? { expiresAt } : {}),
      ...(v.galleryIds.length > 0 ? { galleryIds: v.galleryIds } : {}),
    });
    const id = created.access.id;
    this.fieldErrors = {};
    this.formError = '';
    this.detail = { access: created.access, reach: [] };
    this.view = { kind: 'detail', accessId: id };
    const sharing = this.#share(id, created.code);
    this.#changed(id, 'created');
    void this.#announce(msg(str`Client access “${created.access.name}” created.`));
    await Promise.all([this.#loadDetail(id), this.#refreshList()]);
    await this.#focus('#share-heading');
    await sharing;
  }

  async #update(c: FoyerConnection, accessId: string, v: AccessFormValues, expiresAt: string | null): Promise<void> {
    await c.api.accesses.update.mutate({
      workspace: c.workspace,
      accessId,
      name: v.name,
      email: v.email || null,
      note: v.note.trim() ? v.note : null,
      scope: v.scope,
      expiresAt,
    });
    this.fieldErrors = {};
    this.formError = '';
    this.view = { kind: 'detail', accessId };
    this.#changed(accessId, 'updated');
    void this.#announce(msg('Changes saved.'));
    await Promise.all([this.#loadDetail(accessId), this.#refreshList()]);
    await this.#focus('#detail-heading');
  }

  private handleToggleDisabled = async (): Promise<void> => {
    const c = this.connection;
    const access = this.detail?.access;
    if (!c || !access || this.pending) return;
    const disabled = access.status !== 'disabled';
    this.pending = true;
    this.actionError = '';
    try {
      const updated = await c.api.accesses.setDisabled.mutate({ workspace: c.workspace, accessId: access.id, disabled });
      if (this.detail?.access.id === access.id) this.detail = { ...this.detail, access: updated };
      this.#changed(access.id, disabled ? 'disabled' : 'enabled');
      void this.#announce(
        disabled
          ? msg(str`“${access.name}” is disabled: its code no longer works.`)
          : msg(str`“${access.name}” is enabled again.`),
      );
      await this.#refreshList();
    } catch (error) {
      this.actionError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  };

  private handleAskRotate = (event: Event): void => {
    this.#returnFocus = event.currentTarget as HTMLElement;
    this.confirmError = '';
    this.confirmCodeError = '';
    this.confirm = 'rotate';
  };

  private handleAskDelete = (event: Event): void => {
    this.#returnFocus = event.currentTarget as HTMLElement;
    this.confirmError = '';
    this.confirmCodeError = '';
    this.confirm = 'delete';
  };

  /**
   * Cancel or Escape. Handled at once rather than on the dialog's `close` event, which Chromium
   * delivers with the next animation frame (never, in a page in the background).
   */
  private handleCancelConfirm = (): void => {
    if (this.confirm === null) return;
    this.confirm = null;
    this.#restoreFocus();
  };

  /** The dialog closed some other way while still asking. */
  private handleConfirmClosed = (): void => {
    if (this.confirm !== null) this.handleCancelConfirm();
  };

  private handleConfirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.connection;
    const access = this.detail?.access;
    if (!c || !access || this.pending || !this.confirm) return;
    this.pending = true;
    this.confirmError = '';
    this.confirmCodeError = '';
    try {
      if (this.confirm === 'rotate') {
        const chosen = String(new FormData(event.currentTarget as HTMLFormElement).get('code') ?? '').trim();
        await this.#rotate(c, access, chosen);
      } else {
        await this.#delete(c, access);
      }
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'CODE_TAKEN') this.confirmCodeError = refusalSentence(info);
      else if (info.fieldErrors.code) this.confirmCodeError = info.fieldErrors.code;
      else this.confirmError = refusalSentence(info);
      if (this.confirmCodeError) void this.#focus('#rotate-code');
    } finally {
      this.pending = false;
    }
  };

  async #rotate(c: FoyerConnection, access: Access, chosen: string): Promise<void> {
    const rotated = await c.api.accesses.rotateCode.mutate({
      workspace: c.workspace,
      accessId: access.id,
      ...(chosen ? { code: chosen } : {}),
    });
    this.#returnFocus = null;
    this.confirm = null;
    if (this.detail?.access.id === access.id) this.detail = { ...this.detail, access: rotated.access };
    const sharing = this.#share(access.id, rotated.code);
    this.#changed(access.id, 'code-rotated');
    void this.#announce(msg('New code set. The old code no longer works.'));
    await this.#focus('#share-heading');
    await Promise.all([sharing, this.#refreshList()]);
  }

  async #delete(c: FoyerConnection, access: Access): Promise<void> {
    await c.api.accesses.delete.mutate({ workspace: c.workspace, accessId: access.id });
    this.#returnFocus = null;
    this.confirm = null;
    this.shared = null;
    this.detail = undefined;
    this.view = { kind: 'list' };
    this.accesses = this.accesses?.filter((a) => a.id !== access.id);
    this.#changed(access.id, 'deleted');
    void this.#announce(msg(str`Client access “${access.name}” deleted.`));
    await this.#focus('#new-access');
    await this.#refreshList();
  }

  private handleCopyCode = (): void => {
    if (this.shared) void this.#copy(this.shared.code, msg('Code copied.'));
  };

  private handleCopyLink = (): void => {
    const link = this.#shareLink();
    if (link) void this.#copy(link, msg('Link copied.'));
  };

  private handleSend = async (): Promise<void> => {
    const c = this.connection;
    const shared = this.shared;
    if (!c || !shared || shared.sending) return;
    this.shared = { ...shared, sending: true, sendError: '' };
    try {
      const sent = await c.api.accesses.send.mutate({ workspace: c.workspace, accessId: shared.accessId, code: shared.code });
      if (this.shared?.code === shared.code) this.shared = { ...this.shared, sending: false, sent };
      void this.#announce(sentSentence(sent));
    } catch (error) {
      if (this.shared?.code === shared.code) {
        this.shared = { ...this.shared, sending: false, sendError: refusalSentence(describeError(error)) };
      }
    }
  };

  private handleDoneSharing = async (): Promise<void> => {
    this.shared = null;
    await this.#focus('#detail-heading');
  };

  private handleChoose = async (): Promise<void> => {
    this.choosing = true;
    this.actionError = '';
    void this.#loadGalleries();
    await this.#focus('.chooser input[type="checkbox"]');
  };

  private handleCancelChoosing = async (): Promise<void> => {
    this.choosing = false;
    await this.#focus('#choose-galleries');
  };

  private handleSaveGalleries = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.connection;
    const detail = this.detail;
    if (!c || !detail || this.pending) return;
    const accessId = detail.access.id;
    const chosen = new Set(new FormData(event.currentTarget as HTMLFormElement).getAll('galleryIds').map(String));
    const added = new Set(detail.reach.filter((r) => r.reason === 'added').map((r) => r.galleryId));
    const toAdd = [...chosen].filter((id) => !added.has(id));
    const toRemove = [...added].filter((id) => !chosen.has(id));
    if (toAdd.length === 0 && toRemove.length === 0) {
      this.choosing = false;
      void this.#announce(msg('The galleries are unchanged.'));
      await this.#focus('#choose-galleries');
      return;
    }
    this.pending = true;
    this.actionError = '';
    try {
      let next = detail;
      if (toAdd.length > 0) next = await c.api.accesses.addGalleries.mutate({ workspace: c.workspace, accessId, galleryIds: toAdd });
      if (toRemove.length > 0) {
        next = await c.api.accesses.removeGalleries.mutate({ workspace: c.workspace, accessId, galleryIds: toRemove });
      }
      if (this.detail?.access.id === accessId) this.detail = next;
      this.choosing = false;
      this.#changed(accessId, 'galleries-changed');
      void this.#announce(msg(str`Galleries saved: ${toAdd.length} added, ${toRemove.length} removed.`));
      await this.#focus('#choose-galleries');
      await this.#refreshList();
    } catch (error) {
      this.actionError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  };

  private handlePreview = async (event: Event): Promise<void> => {
    const c = this.connection;
    const access = this.detail?.access;
    if (!c || !access || this.pending) return;
    this.#returnFocus = event.currentTarget as HTMLElement;
    this.pending = true;
    this.actionError = '';
    try {
      const session = await c.api.accesses.preview.mutate({ workspace: c.workspace, accessId: access.id });
      this.preview = { token: session.token, accessName: session.accessName, accessId: access.id, ready: false };
    } catch (error) {
      this.actionError = refusalSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  };

  /** The preview closes, by its button, by Escape or otherwise: its session ends and its token is dropped. */
  private handleClosePreview = (): void => {
    if (!this.preview) return;
    this.#endPreview(this.preview.token);
    this.preview = null;
    this.#restoreFocus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'client-access-manager': ClientAccessManager;
  }
}
