import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { marketplaceRefusal } from '../marketplace-messages.js';
import { fetchReceipt, type ReceiptSubject } from './receipt-file.js';

type PdfState = { kind: 'loading'; controller: AbortController } | { kind: 'ready'; url: string; fileName: string } | { kind: 'failed'; error: string };
type MailState = { kind: 'asking' } | { kind: 'sending' } | { kind: 'sent'; sentence: string } | { kind: 'failed'; error: string };

export interface ReceiptActionsOptions {
  connection: () => FoyerConnection | undefined;
  locale: () => string;
  /** Puts a sentence in the element's live region. */
  announce: (text: string) => void;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A transaction's receipt, for the ticket detail and the transaction table: its PDF fetched
 * with the session through the server's receipt route, then offered to open (to view or
 * print) and to save; and mailing it to the customer, after a question that names where it
 * goes. What was fetched or sent belongs to one transaction: another one starts afresh.
 */
export class ReceiptActions implements ReactiveController {
  #transaction = '';
  #pdf: PdfState | null = null;
  #mail: MailState | null = null;
  readonly #host: Host;
  readonly #o: ReceiptActionsOptions;

  constructor(host: Host, options: ReceiptActionsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#forget();
  }

  render(s: ReceiptSubject): TemplateResult {
    // What was kept of another transaction is not shown; it goes when this one's receipt is asked for.
    const pdf = s.transactionId === this.#transaction ? this.#pdf : null;
    const mail = s.transactionId === this.#transaction ? this.#mail : null;
    return html`
      <div part="receipt" class="receipt" role="group" aria-label=${msg(str`Receipt ${s.receiptNumber}`)}>
        <div class="receipt-buttons">
          <button part="button receipt-pdf" type="button" id="receipt-pdf" ?disabled=${pdf?.kind === 'loading'} @click=${() => void this.#fetchPdf(s)}>
            ${msg('Receipt as PDF')}
          </button>
          <button
            part="button receipt-email"
            type="button"
            id="receipt-email"
            ?disabled=${mail?.kind === 'sending'}
            aria-expanded=${mail?.kind === 'asking' ? 'true' : 'false'}
            @click=${() => void this.#ask(s)}
          >
            ${msg('Email the receipt')}
          </button>
        </div>
        ${this.#renderPdf(pdf)} ${this.#renderMail(s, mail)}
      </div>
    `;
  }

  #renderPdf(pdf: PdfState | null): TemplateResult | typeof nothing {
    if (!pdf) return nothing;
    switch (pdf.kind) {
      case 'loading':
        return html`<p part="loading" role="status">${msg('Preparing the receipt…')}</p>`;
      case 'failed':
        return html`<p part="error" role="alert">${pdf.error}</p>`;
      case 'ready':
        return html`
          <p class="receipt-ready">
            <a part="button receipt-open" class="button" id="receipt-open" href=${pdf.url} target="_blank" rel="noopener">${msg('Open the receipt to view or print it')}</a>
            <a part="button receipt-save" class="button" id="receipt-save" href=${pdf.url} download=${pdf.fileName}>${msg(str`Save ${pdf.fileName}`)}</a>
          </p>
        `;
    }
  }

  #renderMail(s: ReceiptSubject, mail: MailState | null): TemplateResult | typeof nothing {
    if (!mail) return nothing;
    switch (mail.kind) {
      case 'asking':
      case 'sending':
        return html`
          <div class="receipt-question">
            <p id="receipt-mail-question">${msg(str`Send the receipt of ${s.receiptNumber} to ${s.customerEmail}? It goes out at once, with the PDF attached.`)}</p>
            <div class="buttons">
              <button part="button" type="button" @click=${() => this.#cancelMail()}>${msg('Cancel')}</button>
              <button
                part="button button-primary"
                class="primary"
                type="button"
                id="receipt-send"
                aria-describedby="receipt-mail-question"
                ?disabled=${mail.kind === 'sending'}
                @click=${() => void this.#sendMail(s)}
              >
                ${msg('Send the receipt')}
              </button>
            </div>
          </div>
        `;
      case 'sent':
        return html`<p part="receipt-sent" class="receipt-sent">${mail.sentence}</p>`;
      case 'failed':
        return html`<p part="error" role="alert">${mail.error}</p>`;
    }
  }

  #set(change: { pdf?: PdfState | null; mail?: MailState | null }): void {
    if ('pdf' in change) this.#pdf = change.pdf ?? null;
    if ('mail' in change) this.#mail = change.mail ?? null;
    this.#host.requestUpdate();
  }

  #switchTo(transactionId: string): void {
    if (transactionId === this.#transaction) return;
    this.#forget();
    this.#transaction = transactionId;
    this.#host.requestUpdate();
  }

  /** Stops a fetch under way and lets go of a fetched file. */
  #forget(): void {
    if (this.#pdf?.kind === 'loading') this.#pdf.controller.abort();
    if (this.#pdf?.kind === 'ready') URL.revokeObjectURL(this.#pdf.url);
    this.#pdf = null;
    this.#mail = null;
  }

  async #fetchPdf(s: ReceiptSubject): Promise<void> {
    const c = this.#o.connection();
    if (!c) return;
    this.#switchTo(s.transactionId);
    if (this.#pdf?.kind === 'ready') URL.revokeObjectURL(this.#pdf.url);
    const controller = new AbortController();
    this.#set({ pdf: { kind: 'loading', controller } });
    const fetched = await fetchReceipt(c, s, controller.signal);
    if (controller.signal.aborted || this.#pdf?.kind !== 'loading' || this.#pdf.controller !== controller) return;
    if (!fetched.ok) {
      this.#set({ pdf: { kind: 'failed', error: marketplaceRefusal(fetched.info, this.#o.locale()) } });
      return;
    }
    this.#set({ pdf: { kind: 'ready', url: URL.createObjectURL(fetched.blob), fileName: fetched.fileName } });
    this.#o.announce(msg(str`The receipt ${fetched.fileName} is ready to open or save.`));
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#receipt-open')?.focus();
  }

  async #ask(s: ReceiptSubject): Promise<void> {
    this.#switchTo(s.transactionId);
    this.#set({ mail: { kind: 'asking' } });
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#receipt-send')?.focus();
  }

  async #cancelMail(): Promise<void> {
    this.#set({ mail: null });
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#receipt-email')?.focus();
  }

  async #sendMail(s: ReceiptSubject): Promise<void> {
    const c = this.#o.connection();
    if (!c || this.#mail?.kind === 'sending') return;
    this.#set({ mail: { kind: 'sending' } });
    try {
      const sent = await c.api.receipts.email.mutate({ workspace: s.master, account: s.account, transaction: s.transactionId });
      if (s.transactionId !== this.#transaction) return;
      const sentence =
        sent.transport === 'smtp'
          ? msg(str`The receipt of ${s.receiptNumber} was sent to ${sent.sentTo}.`)
          : msg(str`The receipt of ${s.receiptNumber} to ${sent.sentTo} waits in the outbox: no mail server is set up.`);
      this.#set({ mail: { kind: 'sent', sentence } });
      this.#o.announce(sentence);
      await this.#host.updateComplete;
      this.#host.renderRoot.querySelector<HTMLElement>('#receipt-email')?.focus();
    } catch (error) {
      if (s.transactionId === this.#transaction) this.#set({ mail: { kind: 'failed', error: marketplaceRefusal(describeError(error), this.#o.locale()) } });
    }
  }
}
