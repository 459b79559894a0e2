import { msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { TicketChangeKind, TicketDetail, TicketType } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import { currencyDigits, formatMoney, parseMoney } from '../../internal/money.js';
import { ticketName, typeLabel } from '../../internal/tickets/ticket-format.js';
import type { ActionForm } from './ticket-action-forms.js';
import type { TicketAction } from './ticket-actions.js';

/** The panel the changes run in, and what it shows of them. */
export interface TicketChangesHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  form: ActionForm | null;
  formError: string;
  fieldError: string;
  /** The refusal of an action run without a form (close, reopen). */
  actionError: string;
  commentError: string;
  pending: boolean;
}

export interface TicketChangesOptions {
  connection: () => FoyerConnection | undefined;
  /** The master account's handle. */
  workspace: () => string;
  /** The ticket as the server last answered it. */
  detail: () => TicketDetail | undefined;
  locale: () => string;
  /** Shows the ticket as the server answered a change, and tells the page. */
  changed: (detail: TicketDetail, change: TicketChangeKind, sentence: string) => void;
}

/**
 * What the detail's actions and its comment box do: the form an action opens, the change once
 * it is sent (one at a time), its refusal where it belongs — at the field it names, under the
 * form, under the actions or under the comment box — and where focus goes afterwards.
 */
export class TicketChanges {
  readonly #host: TicketChangesHost;
  readonly #o: TicketChangesOptions;
  #focusAfterRun: string | null = null;

  constructor(host: TicketChangesHost, options: TicketChangesOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Forgets the open form and the refusals: another ticket, workspace or session. */
  reset(): void {
    this.#host.form = null;
    this.#host.actionError = '';
    this.#host.commentError = '';
  }

  /** The refund's amount step: everything left, or a part (its field takes focus). */
  chooseWhole(whole: boolean): void {
    const form = this.#host.form;
    if (form?.kind === 'refund' && form.step === 'amount') this.#host.form = { ...form, whole };
    this.#host.fieldError = '';
    if (!whole) this.#focus('#action-amount');
  }

  /** The part of the sale to refund, as typed. */
  typeAmount(text: string): void {
    const form = this.#host.form;
    if (form?.kind === 'refund' && form.step === 'amount') this.#host.form = { ...form, text };
  }

  /** Moves focus once the panel shows what changed; while a change runs its buttons are disabled, so it waits for the run to end. */
  #focus(selector: string): void {
    if (this.#host.pending) {
      this.#focusAfterRun = selector;
      return;
    }
    void this.#host.updateComplete.then(() => (this.#host.renderRoot.querySelector<HTMLElement>(selector) ?? this.#host.renderRoot.querySelector<HTMLElement>('#title'))?.focus());
  }

  /** Runs one change; a refusal is shown where `onRefusal` puts it, and nothing else changes. */
  async #run(call: (c: FoyerConnection, workspace: string) => Promise<void>, onRefusal: (info: FoyerErrorInfo) => void): Promise<void> {
    const c = this.#o.connection();
    if (!c || this.#host.pending) return;
    this.#host.pending = true;
    try {
      await call(c, this.#o.workspace());
    } catch (error) {
      onRefusal(describeError(error));
    } finally {
      this.#host.pending = false;
      const selector = this.#focusAfterRun;
      this.#focusAfterRun = null;
      if (selector) this.#focus(selector);
    }
  }

  #openForm(form: ActionForm): void {
    this.#host.form = form;
    this.#host.formError = '';
    this.#host.fieldError = '';
    this.#host.actionError = '';
    this.#focus(form.kind === 'change-email' ? '#action-email' : form.kind === 'change-type' ? '#action-type' : '#form-title');
  }

  closeForm(focus: TicketAction): void {
    this.#host.form = null;
    this.#focus(`#action-${focus}`);
  }

  readonly handleAction = (action: TicketAction): void => {
    const t = this.#o.detail();
    if (!t) return;
    switch (action) {
      case 'change-email':
      case 'change-type':
        this.#openForm({ kind: action });
        break;
      case 'refund':
        this.#openForm({ kind: 'refund', step: 'amount', whole: true, text: '' });
        break;
      case 'close':
      case 'reopen':
        void this.#move(t, action);
        break;
      default:
        break;
    }
  };

  async #move(t: TicketDetail, action: 'close' | 'reopen'): Promise<void> {
    this.#host.actionError = '';
    this.#host.form = null;
    await this.#run(
      async (c, workspace) => {
        if (action === 'close') await c.api.tickets.close.mutate({ workspace, tickets: [t.number] });
        else await c.api.tickets.reopen.mutate({ workspace, tickets: [t.number] });
        const detail = await c.api.tickets.get.query({ workspace, ticket: t.number });
        this.#o.changed(
          detail,
          action === 'close' ? 'closed' : 'reopened',
          action === 'close' ? msg(str`Ticket ${ticketName(t.number)} closed.`) : msg(str`Ticket ${ticketName(t.number)} reopened.`),
        );
        this.#focus(action === 'close' ? '#action-reopen' : '#action-close');
      },
      (info) => {
        this.#host.actionError = marketplaceRefusal(info, this.#o.locale());
      },
    );
  }

  readonly handleFormSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const t = this.#o.detail();
    const form = this.#host.form;
    const element = event.currentTarget as HTMLFormElement;
    if (!t || !form || this.#host.pending) return;
    this.#host.formError = '';
    this.#host.fieldError = '';
    switch (form.kind) {
      case 'change-email':
        void this.#changeEmail(t, String(new FormData(element).get('customerEmail') ?? '').trim());
        break;
      case 'change-type':
        void this.#changeType(t, String(new FormData(element).get('type') ?? '') as TicketType);
        break;
      case 'refund':
        if (form.step === 'amount') this.#chooseRefund(t, form);
        else void this.#refund(t, form.amount);
        break;
    }
  };

  /** A refusal of a form: at its field where it names it, else under the form. */
  #formRefusal(info: FoyerErrorInfo, field: string, fieldSentence: string): void {
    if (info.code === 'INVALID_INPUT' && info.fieldErrors[field]) {
      this.#host.fieldError = fieldSentence;
      this.#focus('.action-form [aria-invalid="true"]');
      return;
    }
    this.#host.formError = marketplaceRefusal(info, this.#o.locale());
  }

  async #changeEmail(t: TicketDetail, customerEmail: string): Promise<void> {
    if (!customerEmail) {
      this.#host.fieldError = msg('Enter the customer’s new email address.');
      this.#focus('#action-email');
      return;
    }
    await this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.changeEmail.mutate({ workspace, ticket: t.number, customerEmail });
        this.#host.form = null;
        this.#o.changed(detail, 'email_changed', msg(str`The customer’s email of ticket ${ticketName(t.number)} is now ${detail.customerEmail}.`));
        this.#focus('#action-change-email');
      },
      (info) => this.#formRefusal(info, 'customerEmail', msg('This is not an email address. Check it and try again.')),
    );
  }

  async #changeType(t: TicketDetail, type: TicketType): Promise<void> {
    await this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.changeType.mutate({ workspace, ticket: t.number, type });
        this.#host.form = null;
        this.#o.changed(detail, 'type_changed', msg(str`Ticket ${ticketName(t.number)} is now ${typeLabel(detail.type)}.`));
        this.#focus('#action-change-type');
      },
      (info) => this.#formRefusal(info, 'type', marketplaceRefusal(info, this.#o.locale())),
    );
  }

  /** The refund's amount step: checks what was typed against what is left, then asks. */
  #chooseRefund(t: TicketDetail, form: Extract<ActionForm, { step: 'amount' }>): void {
    const order = t.order;
    if (!order) return;
    let amount = order.refundable;
    if (!form.whole) {
      const parsed = parseMoney(form.text, currencyDigits(order.currency));
      const left = formatMoney(order.refundable, order.currency, this.#o.locale());
      if (parsed === null || parsed <= 0)
        this.#host.fieldError = msg(str`Enter an amount more than 0 and at most ${left}, such as ${formatMoney(Math.min(order.refundable, 1000), order.currency, this.#o.locale())}.`);
      else if (parsed > order.refundable) this.#host.fieldError = msg(str`At most ${left} is left to refund.`);
      if (this.#host.fieldError) {
        this.#focus('#action-amount');
        return;
      }
      amount = parsed!;
    }
    this.#host.form = { kind: 'refund', step: 'confirm', amount };
    this.#focus('#form-title');
  }

  async #refund(t: TicketDetail, amount: number): Promise<void> {
    const order = t.order;
    if (!order) return;
    await this.#run(
      async (c, workspace) => {
        // The amount asked about, also when it was all that was left: a refund made meanwhile makes the server refuse, not refund less.
        const detail = await c.api.tickets.refund.mutate({ workspace, ticket: t.number, amount });
        this.#host.form = null;
        const money = formatMoney(amount, order.currency, this.#o.locale());
        this.#o.changed(detail, 'refunded', msg(str`${money} refunded to ${order.customer.name} in ${t.account.name}.`));
        this.#focus(detail.order && detail.order.refundable > 0 ? '#action-refund' : '#order-title');
      },
      (info) => {
        this.#host.formError = marketplaceRefusal(info, this.#o.locale());
      },
    );
  }

  readonly handleComment = (event: SubmitEvent): void => {
    event.preventDefault();
    const t = this.#o.detail();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.querySelector<HTMLTextAreaElement>('textarea')!;
    const text = field.value.trim();
    this.#host.commentError = '';
    if (!t) return;
    if (!text) {
      this.#host.commentError = msg('Write the comment first.');
      field.focus();
      return;
    }
    void this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.comment.mutate({ workspace, ticket: t.number, text });
        field.value = '';
        this.#o.changed(detail, 'commented', msg(str`Your comment was added to ticket ${ticketName(t.number)}.`));
      },
      (info) => {
        this.#host.commentError = marketplaceRefusal(info, this.#o.locale());
        field.focus();
      },
    );
  };
}
