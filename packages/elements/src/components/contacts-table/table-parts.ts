import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactRow } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import type { BackupPanel } from './backup-panel.js';
import type { ContactDialog, ContactDialogOptions } from './contact-dialog.js';
import type { TableDialog } from './dialogs.js';

export interface TablePartsOptions extends Omit<ContactDialogOptions, 'backup'> {
  /** Puts a sentence in the element's live region. */
  announce: (text: string) => void;
  /** Where focus goes when the backup's panel is dismissed. */
  onBackupDismissed: () => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The table's dialog and a contact's backup, with their commands, fetched when first needed:
 * many visits only look contacts up. Each is made the first time it opens and kept. When one
 * cannot be fetched the live region says so and nothing else changes: focus stays where it was.
 */
export class TableParts implements ReactiveController {
  dialog: ContactDialog | undefined;
  backup: BackupPanel | undefined;
  readonly #host: Host;
  readonly #o: TablePartsOptions;
  readonly #dialogPart = new LazyPart(() => import('./contact-dialog.js'));
  readonly #backupPart = new LazyPart(() => import('./backup-panel.js'));

  constructor(host: Host, options: TablePartsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    // The person comes near the table: its dialog is fetched now, so it opens without a wait.
    this.#host.addEventListener('pointerover', this.#dialogPart.prefetch, { once: true });
    this.#host.addEventListener('focusin', this.#dialogPart.prefetch, { once: true });
  }

  /** Opens the dialog once its code is here. */
  async openDialog(dialog: TableDialog, returnFocus: HTMLElement | null): Promise<void> {
    const c = this.#o.connection();
    if (dialog.kind === 'actions' && dialog.row.actions.includes('backup')) this.#backupPart.prefetch();
    const part = await this.#dialogPart.get().catch(() => undefined);
    if (!part) {
      this.#o.announce(partUnavailable());
      return;
    }
    // Signed out or switched while the code came: what was asked about is gone.
    if (this.#o.connection() !== c) return;
    this.dialog ??= new part.ContactDialog(this.#host, { ...this.#o, backup: (connection, row) => void this.#startBackup(connection, row) });
    this.dialog.open(dialog, returnFocus);
  }

  async #startBackup(c: FoyerConnection, row: ContactRow): Promise<void> {
    const part = await this.#backupPart.get().catch(() => undefined);
    if (!part) {
      this.#o.announce(partUnavailable());
      return;
    }
    if (this.#o.connection() !== c) return;
    this.backup ??= new part.BackupPanel(this.#host, { announce: this.#o.announce, onDismissed: this.#o.onBackupDismissed });
    await this.backup.start(c, row.id, row.name);
  }
}
