import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { describeError } from '@foyer/client';
import type { ContactAction, ContactRow, ContactsPage } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { ModalDialog } from '../../internal/modal-dialog/modal-dialog.js';
import { confirmDialog, sendRequests, type Outcome } from './contact-commands.js';
import { renderDialog, type TableDialog } from './dialogs.js';
import { hasSubAccounts, hostingFormOf, type HostingForm } from './hosting-contact-fields.js';
import { refusalSentence } from './messages.js';

export interface ContactDialogOptions {
  connection: () => FoyerConnection | undefined;
  /** Whether the member may edit a contact's details (the server's `may.edit`). */
  mayEdit: () => boolean;
  locale: () => string;
  /** Shows what a command changed in the list: rows, selection, events, announcements. */
  apply: (outcome: Outcome) => Promise<void>;
  /** Starts a contact's backup (its progress shows beside the grid, not in the dialog). */
  backup: (c: FoyerConnection, row: ContactRow) => void;
  /** What the workspace's contacts are, from the last page the server sent. */
  setup: () => ContactsPage['setup'] | undefined;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The table's one dialog and what runs from it: a row's actions, the add and edit forms, the
 * confirmations, and the results of a bulk action. One command runs at a time.
 */
export class ContactDialog implements ReactiveController {
  dialog: TableDialog | null = null;
  error = '';
  fieldErrors: Record<string, string> = {};
  pending = false;

  readonly #host: Host;
  readonly #o: ContactDialogOptions;
  #returnFocus: HTMLElement | null = null;
  #shownKind: TableDialog['kind'] | undefined;

  constructor(host: Host, options: ContactDialogOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostUpdated(): void {
    // Another kind of content in the open dialog (a confirmation in place of the actions) takes focus.
    const kind = this.dialog?.kind;
    if (kind === this.#shownKind) return;
    const wasOpen = this.#shownKind !== undefined;
    this.#shownKind = kind;
    if (kind && wasOpen) this.#host.renderRoot.querySelector<ModalDialog>('foyer-modal-dialog')?.focusInitial();
  }

  open(dialog: TableDialog, returnFocus: HTMLElement | null): void {
    if (!this.dialog) this.#returnFocus = returnFocus;
    // A hosting account's new contact starts with its kind, permissions and notifications all unchosen.
    if (dialog.kind === 'add' && !dialog.hosting && hasSubAccounts(this.#o.setup())) dialog = { ...dialog, hosting: hostingFormOf() };
    this.#set({ dialog, error: '', fieldErrors: {} });
  }

  /** Closes the dialog; focus goes back where it came from, or to the grid when that row is gone. */
  close(): void {
    if (!this.dialog) return;
    this.#returnFocus = null;
    this.#set({ dialog: null, error: '', fieldErrors: {} });
  }

  render(): TemplateResult {
    return renderDialog({
      dialog: this.dialog,
      error: this.error,
      fieldErrors: this.fieldErrors,
      mayEdit: this.#o.mayEdit(),
      pending: this.pending,
      locale: this.#o.locale(),
      returnFocus: this.#returnFocus,
      onAction: this.#handleAction,
      onEdit: this.#handleEdit,
      onConfirm: this.#handleConfirm,
      onSend: this.#handleSend,
      onCancel: () => this.close(),
      setup: this.#o.setup(),
      onHostingChange: this.#handleHostingChange,
    });
  }

  #set(change: Partial<Pick<ContactDialog, 'dialog' | 'error' | 'fieldErrors' | 'pending'>>): void {
    Object.assign(this, change);
    this.#host.requestUpdate();
  }

  readonly #handleEdit = (): void => {
    const d = this.dialog;
    const c = this.#o.connection();
    if (d?.kind !== 'actions' || !c) return;
    if (!hasSubAccounts(this.#o.setup())) {
      this.#set({ dialog: { kind: 'edit', row: d.row }, error: '' });
      return;
    }
    // A hosting contact's kind, permissions and notifications are in its details, not its row.
    void this.#run(async () => {
      try {
        const detail = await c.api.contacts.get.query({ workspace: c.workspace, contactId: d.row.id });
        return this.dialog === d ? { dialog: { kind: 'edit', row: d.row, detail, hosting: hostingFormOf(detail) } } : {};
      } catch (error) {
        return { error: refusalSentence(describeError(error)) };
      }
    });
  };

  readonly #handleHostingChange = (change: (form: HostingForm) => HostingForm): void => {
    const d = this.dialog;
    if ((d?.kind === 'add' || d?.kind === 'edit') && d.hosting) this.#set({ dialog: { ...d, hosting: change(d.hosting) } });
  };

  readonly #handleAction = (action: ContactAction): void => {
    const d = this.dialog;
    const c = this.#o.connection();
    if (d?.kind !== 'actions' || !c) return;
    const row = d.row;
    this.#set({ error: '' });
    switch (action) {
      case 'send-activation':
        this.#set({ dialog: { kind: 'send', rows: [row] } });
        break;
      case 'activate':
        this.#set({ dialog: { kind: 'activate', row } });
        break;
      case 'deactivate':
        this.#set({ dialog: { kind: 'deactivate', rows: [row] } });
        break;
      case 'delete-identities':
        this.#set({ dialog: { kind: 'delete-identities', row } });
        break;
      case 'delete':
        this.#set({ dialog: { kind: 'delete', row, preview: null } });
        void this.#loadDeletionPreview(c, row);
        break;
      case 'backup':
        this.close();
        this.#o.backup(c, row);
        break;
    }
  };

  async #loadDeletionPreview(c: FoyerConnection, row: ContactRow): Promise<void> {
    const stillAsking = () => this.dialog?.kind === 'delete' && this.dialog.row.id === row.id;
    try {
      const preview = await c.api.contacts.deletionPreview.query({ workspace: c.workspace, contactId: row.id });
      if (stillAsking()) this.#set({ dialog: { kind: 'delete', row, preview } });
    } catch (error) {
      if (stillAsking()) this.#set({ error: refusalSentence(describeError(error)) });
    }
  }

  readonly #handleConfirm = (): void => {
    const c = this.#o.connection();
    const d = this.dialog;
    if (!c || !d) return;
    const form = this.#host.renderRoot.querySelector<HTMLFormElement>('#dialog form');
    void this.#run(() => confirmDialog(c, d, form, this.#o.locale()));
  };

  readonly #handleSend = (mode: 'mailto' | 'server'): void => {
    const c = this.#o.connection();
    const d = this.dialog;
    if (c && d?.kind === 'send') void this.#run(() => sendRequests(c, d.rows, mode));
  };

  async #run(command: () => Promise<Outcome>): Promise<void> {
    if (this.pending) return;
    this.#set({ pending: true, error: '' });
    try {
      const o = await command();
      if (o.dialog === null) this.close();
      else if (o.dialog) this.#set({ dialog: o.dialog });
      if (o.error !== undefined) this.#set({ error: o.error });
      if (o.fieldErrors) {
        this.#set({ fieldErrors: o.fieldErrors });
        void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>('#dialog [aria-invalid="true"], #dialog password-field:not([error=""])')?.focus());
      }
      await this.#o.apply(o);
    } finally {
      this.#set({ pending: false });
    }
  }
}
