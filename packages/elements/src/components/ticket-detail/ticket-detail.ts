import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { TicketChangeKind, TicketDetail, TicketSummary, TicketType } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import { currencyDigits, formatMoney, parseMoney } from '../../internal/money.js';
import { ReceiptActions } from '../../internal/receipts/receipt-actions.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { listPanelStyles } from '../../internal/list-panel.styles.js';
import { renderActionForm, type ActionForm } from './ticket-action-forms.js';
import { offeredActions, type TicketAction } from './ticket-actions.js';
import styles from './ticket-detail.styles.js';
import { ticketStatusStyles } from '../../internal/tickets/ticket-status.styles.js';
import { renderHistory, renderOrder, renderTicketFacts } from './ticket-detail-view.js';
import { pageLocale, statusLabel, ticketName, typeLabel } from '../../internal/tickets/ticket-format.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';

const summaryOf = ({ order: _order, history: _history, ...summary }: TicketDetail): TicketSummary => summary;

/**
 * @summary One ticket of a master account: its facts, its order (the sale, what was refunded
 * of it and what is left), its history — who did what and when, oldest first — and a comment
 * box, with the actions the ticket allows: change the customer's email, change the type,
 * refund all or part of the sale, close or reopen, and the receipt as a PDF or by mail.
 *
 * `<ticket-table>` shows it when a ticket is opened; it also stands alone. Place it in a
 * `<foyer-provider>` with a session of the master account's owner or of a user with
 * Orders/Tickets, name the master account in `workspace` and the ticket in `ticket`. Only the
 * actions the server would allow are offered (by the person's permissions and the ticket's
 * status); the server decides each again, and its refusal is shown in the page's language.
 * A refund is asked about first, naming its amount, its currency and its account.
 *
 * @slot - Nothing: the panel renders its own content.
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-ticket-change - The ticket changed here; `event.ticket` is the ticket as it is now, `event.change` what happened.
 *
 * @csspart base - The panel.
 * @csspart title - The ticket's number and account.
 * @csspart message - The live region announcing results ("Ticket #12 closed.").
 * @csspart facts - The ticket's facts.
 * @csspart status - The ticket's status, in words.
 * @csspart actions - The row of action buttons.
 * @csspart action - One action's button.
 * @csspart action-form - The form an action opens, and a refund's question.
 * @csspart consequence - What a refund does, in its question.
 * @csspart input - A field of an action's form or the comment box.
 * @csspart order - The order details.
 * @csspart refunded - How much of the sale was refunded so far.
 * @csspart refundable - How much of the sale is left to refund.
 * @csspart receipt - The receipt's buttons and what they fetched or sent.
 * @csspart receipt-pdf - The button that fetches the receipt's PDF.
 * @csspart receipt-open - The link that opens the fetched PDF (to view or print).
 * @csspart receipt-save - The link that saves the fetched PDF.
 * @csspart receipt-email - The button that mails the receipt to the customer.
 * @csspart receipt-sent - Where the receipt was sent.
 * @csspart history - The ticket's history.
 * @csspart change - One change of the history.
 * @csspart comment-text - A comment's (or the opening message's) text.
 * @csspart comment - The comment box.
 * @csspart button - Every button, and the receipt's links.
 * @csspart button-primary - The main button of a form.
 * @csspart button-danger - A button that cannot be taken back (a refund).
 * @csspart empty - The sentence shown for a ticket without a sale.
 * @csspart loading - The sentence shown while the ticket loads.
 * @csspart error - A refusal, or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the sections.
 * @cssproperty [--status-open-color=var(--foyer-color-accent)]
 * @cssproperty [--status-reopened-color=var(--foyer-color-danger)]
 * @cssproperty [--status-closed-color=var(--foyer-color-text-muted)]
 */
export class TicketDetailPanel extends LitElement {
  static {
    TicketDetailPanel.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    ticket: { type: Number },
    detail: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    form: { state: true },
    formError: { state: true },
    fieldError: { state: true },
    actionError: { state: true },
    commentError: { state: true },
    pending: { state: true },
    announcement: { state: true },
  };

  static override styles = [hostStyles, listPanelStyles, detailStyles, ticketStatusStyles, styles];

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  /** The ticket's number. */
  ticket = 0;

  /** The ticket as the server last answered it. */
  detail: TicketDetail | undefined = undefined;
  loadError = '';
  retryable = false;
  form: ActionForm | null = null;
  formError = '';
  fieldError = '';
  /** The refusal of an action run without a form (close, reopen). */
  actionError = '';
  commentError = '';
  pending = false;
  announcement = '';

  #permissions: ReadonlySet<string> = new Set();
  #focusAfterRun: string | null = null;
  /** Counts loads, so an older answer never overwrites a newer one. */
  #request = 0;

  readonly #link = new ConnectionController(this, { scope: 'connection', onChange: () => this.#reset() });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.detail || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  readonly #receipt = new ReceiptActions(this, {
    connection: () => this.connection,
    locale: () => pageLocale(this),
    announce: (text) => void this.#announce(text),
  });

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('workspace') || changed.has('ticket'))) this.#reset();
  }

  #reset(): void {
    this.detail = undefined;
    this.loadError = '';
    this.form = null;
    this.actionError = '';
    this.commentError = '';
    this.announcement = '';
    void this.refresh();
  }

  /** Reads the ticket again from the server. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace || !this.ticket) return;
    const request = ++this.#request;
    this.loadError = '';
    try {
      const [detail, mine] = await Promise.all([c.api.tickets.get.query({ workspace, ticket: this.ticket }), c.api.permissions.mine.query({ workspace })]);
      if (request !== this.#request) return;
      this.#permissions = new Set(mine.permissions);
      this.detail = detail;
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = marketplaceRefusal(info, pageLocale(this));
      this.retryable = isRetryable(info);
    }
  }

  /** Puts a sentence in the live region; the same sentence twice is announced twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  /** Moves focus once the panel shows what changed; while a change runs its buttons are disabled, so it waits for the run to end. */
  #focus(selector: string): void {
    if (this.pending) {
      this.#focusAfterRun = selector;
      return;
    }
    void this.updateComplete.then(() => (this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus());
  }

  /** Shows the ticket as the server answered a change, and tells the page. */
  #changed(detail: TicketDetail, change: TicketChangeKind, sentence: string): void {
    this.detail = detail;
    this.dispatchEvent(new FoyerTicketChangeEvent(summaryOf(detail), change));
    void this.#announce(sentence);
  }

  /** Runs one change; a refusal is shown where `onRefusal` puts it, and nothing else changes. */
  async #run(call: (c: FoyerConnection, workspace: string) => Promise<void>, onRefusal: (info: FoyerErrorInfo) => void): Promise<void> {
    const c = this.connection;
    if (!c || this.pending) return;
    this.pending = true;
    try {
      await call(c, this.#workspace);
    } catch (error) {
      onRefusal(describeError(error));
    } finally {
      this.pending = false;
      const selector = this.#focusAfterRun;
      this.#focusAfterRun = null;
      if (selector) this.#focus(selector);
    }
  }

  #openForm(form: ActionForm): void {
    this.form = form;
    this.formError = '';
    this.fieldError = '';
    this.actionError = '';
    this.#focus(form.kind === 'change-email' ? '#action-email' : form.kind === 'change-type' ? '#action-type' : '#form-title');
  }

  #closeForm(focus: TicketAction): void {
    this.form = null;
    this.#focus(`#action-${focus}`);
  }

  readonly #handleAction = (action: TicketAction): void => {
    const t = this.detail;
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
    this.actionError = '';
    this.form = null;
    await this.#run(
      async (c, workspace) => {
        if (action === 'close') await c.api.tickets.close.mutate({ workspace, tickets: [t.number] });
        else await c.api.tickets.reopen.mutate({ workspace, tickets: [t.number] });
        const detail = await c.api.tickets.get.query({ workspace, ticket: t.number });
        this.#changed(
          detail,
          action === 'close' ? 'closed' : 'reopened',
          action === 'close' ? msg(str`Ticket ${ticketName(t.number)} closed.`) : msg(str`Ticket ${ticketName(t.number)} reopened.`),
        );
        this.#focus(action === 'close' ? '#action-reopen' : '#action-close');
      },
      (info) => {
        this.actionError = marketplaceRefusal(info, pageLocale(this));
      },
    );
  }

  readonly #handleFormSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const t = this.detail;
    const form = this.form;
    const element = event.currentTarget as HTMLFormElement;
    if (!t || !form || this.pending) return;
    this.formError = '';
    this.fieldError = '';
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
      this.fieldError = fieldSentence;
      this.#focus('.action-form [aria-invalid="true"]');
      return;
    }
    this.formError = marketplaceRefusal(info, pageLocale(this));
  }

  async #changeEmail(t: TicketDetail, customerEmail: string): Promise<void> {
    if (!customerEmail) {
      this.fieldError = msg('Enter the customer’s new email address.');
      this.#focus('#action-email');
      return;
    }
    await this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.changeEmail.mutate({ workspace, ticket: t.number, customerEmail });
        this.form = null;
        this.#changed(detail, 'email_changed', msg(str`The customer’s email of ticket ${ticketName(t.number)} is now ${detail.customerEmail}.`));
        this.#focus('#action-change-email');
      },
      (info) => this.#formRefusal(info, 'customerEmail', msg('This is not an email address. Check it and try again.')),
    );
  }

  async #changeType(t: TicketDetail, type: TicketType): Promise<void> {
    await this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.changeType.mutate({ workspace, ticket: t.number, type });
        this.form = null;
        this.#changed(detail, 'type_changed', msg(str`Ticket ${ticketName(t.number)} is now ${typeLabel(detail.type)}.`));
        this.#focus('#action-change-type');
      },
      (info) => this.#formRefusal(info, 'type', marketplaceRefusal(info, pageLocale(this))),
    );
  }

  /** The refund's amount step: checks what was typed against what is left, then asks. */
  #chooseRefund(t: TicketDetail, form: Extract<ActionForm, { step: 'amount' }>): void {
    const order = t.order;
    if (!order) return;
    let amount = order.refundable;
    if (!form.whole) {
      const parsed = parseMoney(form.text, currencyDigits(order.currency));
      const left = formatMoney(order.refundable, order.currency, pageLocale(this));
      if (parsed === null || parsed <= 0)
        this.fieldError = msg(str`Enter an amount more than 0 and at most ${left}, such as ${formatMoney(Math.min(order.refundable, 1000), order.currency, pageLocale(this))}.`);
      else if (parsed > order.refundable) this.fieldError = msg(str`At most ${left} is left to refund.`);
      if (this.fieldError) {
        this.#focus('#action-amount');
        return;
      }
      amount = parsed!;
    }
    this.form = { kind: 'refund', step: 'confirm', amount };
    this.#focus('#form-title');
  }

  async #refund(t: TicketDetail, amount: number): Promise<void> {
    const order = t.order;
    if (!order) return;
    await this.#run(
      async (c, workspace) => {
        // The amount asked about, also when it was all that was left: a refund made meanwhile makes the server refuse, not refund less.
        const detail = await c.api.tickets.refund.mutate({ workspace, ticket: t.number, amount });
        this.form = null;
        const money = formatMoney(amount, order.currency, pageLocale(this));
        this.#changed(detail, 'refunded', msg(str`${money} refunded to ${order.customer.name} in ${t.account.name}.`));
        this.#focus(detail.order && detail.order.refundable > 0 ? '#action-refund' : '#order-title');
      },
      (info) => {
        this.formError = marketplaceRefusal(info, pageLocale(this));
      },
    );
  }

  readonly #handleComment = (event: SubmitEvent): void => {
    event.preventDefault();
    const t = this.detail;
    const form = event.currentTarget as HTMLFormElement;
    const field = form.querySelector<HTMLTextAreaElement>('textarea')!;
    const text = field.value.trim();
    this.commentError = '';
    if (!t) return;
    if (!text) {
      this.commentError = msg('Write the comment first.');
      field.focus();
      return;
    }
    void this.#run(
      async (c, workspace) => {
        const detail = await c.api.tickets.comment.mutate({ workspace, ticket: t.number, text });
        field.value = '';
        this.#changed(detail, 'commented', msg(str`Your comment was added to ticket ${ticketName(t.number)}.`));
      },
      (info) => {
        this.commentError = marketplaceRefusal(info, pageLocale(this));
        field.focus();
      },
    );
  };

  protected override render(): TemplateResult {
    const t = this.detail;
    return html`
      <article part="base" class="base detail" aria-labelledby="title">
        <h3 part="title" id="title" tabindex="-1">
          ${t ? msg(str`Ticket ${ticketName(t.number)} · ${t.account.name}`) : this.ticket ? msg(str`Ticket ${ticketName(this.ticket)}`) : msg('Ticket')}
        </h3>
        <p part="message" class="message" role="status" aria-live="polite">${this.announcement}</p>
        ${this.#renderBody()}
      </article>
    `;
  }

  #renderBody(): TemplateResult {
    const t = this.detail;
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.#workspace,
      prompt: this.#signIn,
      signIn: msg('Sign in to see the ticket.'),
      chooseWorkspace: msg('Choose a master account to see its ticket.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: t !== undefined,
      loading: msg('Loading the ticket…'),
    });
    if (waiting || !t) return waiting ?? html``;
    const locale = pageLocale(this);
    const offered = offeredActions(t, this.#permissions);
    return html`
      ${renderTicketFacts(t, locale)} ${this.#renderActions(t, offered)}
      ${
        this.form
          ? renderActionForm(this.form, {
              ticket: t,
              locale,
              pending: this.pending,
              error: this.formError,
              fieldError: this.fieldError,
              onSubmit: this.#handleFormSubmit,
              onCancel: () => this.#closeForm(this.form?.kind ?? 'change-email'),
              onRefundWhole: (whole) => {
                if (this.form?.kind === 'refund' && this.form.step === 'amount') this.form = { ...this.form, whole };
                this.fieldError = '';
                if (!whole) this.#focus('#action-amount');
              },
              onRefundText: (text) => {
                if (this.form?.kind === 'refund' && this.form.step === 'amount') this.form = { ...this.form, text };
              },
            })
          : nothing
      }
      ${renderOrder(t.order, locale)}
      ${
        t.order && offered.has('receipt')
          ? this.#receipt.render({
              master: this.#workspace,
              account: t.account.handle,
              transactionId: t.order.transactionId,
              receiptNumber: t.order.receiptNumber,
              customerEmail: t.order.customer.email,
            })
          : nothing
      }
      ${renderHistory(t.history, locale)} ${offered.has('comment') ? this.#renderComment() : nothing}
    `;
  }

  #renderActions(t: TicketDetail, offered: ReadonlySet<TicketAction>): TemplateResult {
    const buttons: Array<[TicketAction, string]> = [
      ['change-email', msg('Change the email')],
      ['change-type', msg('Change the type')],
      ['refund', msg('Refund')],
      ['close', msg('Close the ticket')],
      ['reopen', msg('Reopen the ticket')],
    ];
    const shown = buttons.filter(([action]) => offered.has(action));
    if (shown.length === 0) return html`<p class="muted">${msg(str`Ticket ${ticketName(t.number)} is ${statusLabel(t.status)}. Your permissions allow no change to it.`)}</p>`;
    return html`
      <div part="actions" class="actions" role="group" aria-label=${msg(str`Actions for ticket ${ticketName(t.number)}`)}>
        ${shown.map(
          ([action, label]) => html`<button
            part="button action"
            type="button"
            id="action-${action}"
            data-action=${action}
            ?disabled=${this.pending}
            aria-expanded=${action === 'close' || action === 'reopen' ? nothing : this.form?.kind === action ? 'true' : 'false'}
            @click=${() => this.#handleAction(action)}
          >
            ${label}
          </button>`,
        )}
      </div>
      ${this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing}
    `;
  }

  #renderComment(): TemplateResult {
    return html`
      <form part="comment" class="comment" novalidate @submit=${this.#handleComment}>
        <label for="comment-text">${msg('Add a comment')}</label>
        <textarea
          part="input"
          id="comment-text"
          name="text"
          rows="3"
          aria-describedby=${this.commentError ? 'comment-hint comment-error' : 'comment-hint'}
          aria-invalid=${this.commentError ? 'true' : nothing}
        ></textarea>
        <span class="hint" id="comment-hint">${msg('The comment is kept in the ticket’s history under your name.')}</span>
        ${this.commentError ? html`<span part="error" id="comment-error" role="alert">${this.commentError}</span>` : nothing}
        <div class="buttons">
          <button part="button button-primary" class="primary" type="submit" ?disabled=${this.pending}>${msg('Add comment')}</button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-detail': TicketDetailPanel;
  }
}
