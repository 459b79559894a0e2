import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { TicketSummary } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import { formatNumber } from '../../internal/tickets/ticket-format.js';
import { renderTicketDialog, type TicketDialog } from './ticket-dialog.js';
import type { TicketRow } from './ticket-grid.js';

/** The most tickets one close or reopen names (the server's limit); more go in several calls. */
const bulkLimit = 200;

type Host = ReactiveControllerHost & HTMLElement;

export interface TicketDialogsOptions {
  connection: () => FoyerConnection | undefined;
  /** The master account's handle. */
  workspace: () => string;
  locale: () => string;
  /** Shows a ticket as it is now in its row. */
  replace: (ticket: TicketSummary) => void;
  /** The selected tickets were all closed or reopened: the selection goes, and the sentence is announced. */
  done: (sentence: string) => void;
}

/**
 * The table's one dialog and what it does: a ticket's detail, whose changes show in their row
 * at once, or the question before closing or reopening the selected tickets, then the change
 * itself, all or none in each call of at most the server's limit. A refusal stays in the dialog.
 */
export class TicketDialogs {
  dialog: TicketDialog | null = null;
  error = '';
  /** The bulk change runs: the dialog stays open until it ends. */
  pending = false;
  readonly #host: Host;
  readonly #o: TicketDialogsOptions;
  #returnFocus: HTMLElement | null = null;

  constructor(host: Host, options: TicketDialogsOptions) {
    this.#host = host;
    this.#o = options;
  }

  #set(changes: Partial<Pick<TicketDialogs, 'dialog' | 'error' | 'pending'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  /** Opens a dialog, or shows another in the one open; focus returns to where the first was opened from. */
  open(dialog: TicketDialog, returnFocus: HTMLElement | null): void {
    if (!this.dialog) this.#returnFocus = returnFocus;
    this.#set({ dialog, error: '' });
  }

  /** Closes the dialog at once: another workspace or session. */
  reset(): void {
    this.#set({ dialog: null });
  }

  /** Asks before closing (or reopening) those of `selected` that are open (or closed). */
  openBulk(action: 'close' | 'reopen', selected: readonly TicketRow[], event: Event): void {
    const rows = selected.filter((r) => (action === 'close' ? r.status !== 'closed' : r.status === 'closed'));
    if (rows.length > 0) this.open({ kind: 'bulk', action, rows }, event.currentTarget as HTMLElement);
  }

  readonly #handleClose = (): void => {
    if (this.pending) return;
    this.#set({ dialog: null });
  };

  /** A change made in the ticket's detail shows in its row at once. */
  readonly #handleDetailChange = (event: FoyerTicketChangeEvent): void => {
    this.#o.replace(event.ticket);
  };

  /** Closes or reopens the tickets the question named, all or none in each call of at most the server's limit. */
  async #confirmBulk(): Promise<void> {
    const d = this.dialog;
    const c = this.#o.connection();
    if (d?.kind !== 'bulk' || !c || this.pending) return;
    this.#set({ pending: true, error: '' });
    const changed: TicketSummary[] = [];
    try {
      for (let i = 0; i < d.rows.length; i += bulkLimit) {
        const tickets = d.rows.slice(i, i + bulkLimit).map((r) => r.number);
        const input = { workspace: this.#o.workspace(), tickets };
        const answer = d.action === 'close' ? await c.api.tickets.close.mutate(input) : await c.api.tickets.reopen.mutate(input);
        changed.push(...answer.tickets);
      }
    } catch (error) {
      this.#set({ error: marketplaceRefusal(describeError(error), this.#o.locale()) });
    } finally {
      this.#set({ pending: false });
    }
    for (const ticket of changed) {
      this.#o.replace(ticket);
      this.#host.dispatchEvent(new FoyerTicketChangeEvent(ticket, d.action === 'close' ? 'closed' : 'reopened'));
    }
    if (this.error) return;
    const n = formatNumber(changed.length, this.#o.locale());
    const sentence =
      d.action === 'close'
        ? changed.length === 1
          ? msg('1 ticket closed.')
          : msg(str`${n} tickets closed.`)
        : changed.length === 1
          ? msg('1 ticket reopened.')
          : msg(str`${n} tickets reopened.`);
    this.#set({ dialog: null });
    this.#o.done(sentence);
  }

  render(): TemplateResult {
    return renderTicketDialog({
      dialog: this.dialog,
      workspace: this.#o.workspace(),
      locale: this.#o.locale(),
      pending: this.pending,
      error: this.error,
      returnFocus: this.#returnFocus,
      onConfirm: () => void this.#confirmBulk(),
      onCancel: this.#handleClose,
      onDetailChange: this.#handleDetailChange,
    });
  }
}
