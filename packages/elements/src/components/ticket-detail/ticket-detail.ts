import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { TicketChangeKind, TicketDetail, TicketSummary } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerTicketChangeEvent } from '../../events/foyer-ticket-change-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { marketplaceRefusal } from '../../internal/marketplace-messages.js';
import { ReceiptActions } from '../../internal/receipts/receipt-actions.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { detailStyles } from '../../internal/detail.styles.js';
import { listPanelStyles } from '../../internal/list-panel.styles.js';
import { renderActionBar } from './ticket-action-bar.js';
import { renderActionForm, type ActionForm } from './ticket-action-forms.js';
import { offeredActions } from './ticket-actions.js';
import { TicketChanges } from './ticket-changes.js';
import { renderCommentBox } from './ticket-comment-box.js';
import styles from './ticket-detail.styles.js';
import { ticketStatusStyles } from '../../internal/tickets/ticket-status.styles.js';
import { renderHistory, renderOrder, renderTicketFacts } from './ticket-detail-view.js';
import { pageLocale, ticketName } from '../../internal/tickets/ticket-format.js';
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
  /** Counts loads, so an older answer never overwrites a newer one. */
  #request = 0;

  readonly #link = new ConnectionController(this, { scope: 'connection', onChange: () => this.#reset() });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.detail || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  readonly #changes = new TicketChanges(this, {
    connection: () => this.connection,
    workspace: () => this.#workspace,
    detail: () => this.detail,
    locale: () => pageLocale(this),
    changed: (detail, change, sentence) => this.#changed(detail, change, sentence),
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
    this.#changes.reset();
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

  /** Shows the ticket as the server answered a change, and tells the page. */
  #changed(detail: TicketDetail, change: TicketChangeKind, sentence: string): void {
    this.detail = detail;
    this.dispatchEvent(new FoyerTicketChangeEvent(summaryOf(detail), change));
    void this.#announce(sentence);
  }

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
    const actions = renderActionBar({ ticket: t, offered, pending: this.pending, openForm: this.form?.kind, error: this.actionError, onAction: this.#changes.handleAction });
    const comment = offered.has('comment') ? renderCommentBox({ error: this.commentError, pending: this.pending, onSubmit: this.#changes.handleComment }) : nothing;
    return html`
      ${renderTicketFacts(t, locale)} ${actions}
      ${
        this.form
          ? renderActionForm(this.form, {
              ticket: t,
              locale,
              pending: this.pending,
              error: this.formError,
              fieldError: this.fieldError,
              onSubmit: this.#changes.handleFormSubmit,
              onCancel: () => this.#changes.closeForm(this.form?.kind ?? 'change-email'),
              onRefundWhole: (whole) => this.#changes.chooseWhole(whole),
              onRefundText: (text) => this.#changes.typeAmount(text),
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
      ${renderHistory(t.history, locale)} ${comment}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ticket-detail': TicketDetailPanel;
  }
}
