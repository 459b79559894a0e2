import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { LinkedAccount, LinkedAccounts as LinkedAccountsAnswer } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { isSellerProof, readSellerProof, renderSellerProofFields, sellerProofRefusal, type SellerProofField } from '../../internal/seller-proof.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { FoyerAccountOpenEvent } from '../../events/foyer-account-open-event.js';
import { renderAccountList } from './account-list.js';
import { renderRemoveDialog } from './remove-dialog.js';
import { linkedAccountsStyles } from './linked-accounts.styles.js';

/**
 * @summary A master account's Accounts tab, for its owner: the linked seller accounts (name,
 * nickname, linked since), each with "Open" and "Remove", the links still waiting for their
 * confirmation with when they expire, and "Add account".
 *
 * "Open" fires `foyer-account-open` with the account's handle and leaves opening it to the page
 * (a new tab, another element naming the handle): the master account's session works in every
 * linked account without a sign-in of its own. "Remove" asks first and says what follows: the
 * master account and its users lose access to the account at once. "Add account" takes the
 * account's nickname and password (and its owner's authenticator code when the server asks
 * for it) and sends a confirmation to that account's own address; the account is linked once
 * that link is followed (`<account-link-confirmation>`). A nickname without an account and a
 * wrong password are told in one and the same sentence.
 *
 * Place it in a `<foyer-provider>` holding the master account owner's session; `workspace` names
 * the master account (the provider's workspace when unset), so two on one page can show two.
 *
 * @slot heading - Your own words for the heading, in place of "Accounts".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-account-open - The person asked to open a linked account; `account` is its handle, `name` its name, `master` the master account's handle.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("A confirmation was sent …").
 * @csspart list - The table of linked accounts.
 * @csspart row - One linked account.
 * @csspart pending - The table of links waiting for their confirmation.
 * @csspart pending-row - One link waiting for its confirmation.
 * @csspart empty - The sentence shown when no account is linked.
 * @csspart loading - The sentence shown while the accounts load, or before a session or master account is there.
 * @csspart error - A refusal, or why the account could not be added.
 * @csspart button - Every button.
 * @csspart add-button - "Add account", which shows the form.
 * @csspart open-button - An account's "Open".
 * @csspart remove-button - An account's "Remove".
 * @csspart form - The "Add account" form.
 * @csspart label - A field's label.
 * @csspart input - The nickname, password and code fields.
 * @csspart hint - The line under the code field.
 * @csspart dialog - The confirmation before an account is removed.
 * @csspart button-danger - The dialog's "Remove account".
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=30rem] - The confirmation dialog's width.
 */
export class LinkedAccounts extends LitElement {
  static {
    LinkedAccounts.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    accounts: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    adding: { state: true },
    addBusy: { state: true },
    addError: { state: true },
    addInvalid: { state: true },
    codeAsked: { state: true },
    announcement: { state: true },
    removing: { state: true },
    removeBusy: { state: true },
    removeError: { state: true },
  };

  static override styles = linkedAccountsStyles;

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  accounts: LinkedAccountsAnswer | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  /** Whether the "Add account" form is shown. */
  adding = false;
  addBusy = false;
  addError = '';
  addInvalid: SellerProofField | null = null;
  /** The server said the account's owner has a second factor: the form asks for the code. */
  codeAsked = false;
  announcement = '';
  /** The account the removal dialog asks about; null while it is closed. */
  removing: LinkedAccount | null = null;
  removeBusy = false;
  removeError = '';

  /** The provider's connection: the server and the session every call carries. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: () => this.#reset(),
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.accounts || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  /** Counts loads, so an older answer never overwrites a newer one. */
  #request = 0;
  #removeButton: HTMLElement | null = null;

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('workspace')) this.#reset();
  }

  /** Another master account or session: forget what was shown, and load again. */
  #reset(): void {
    this.accounts = undefined;
    this.loadError = '';
    this.adding = false;
    this.addError = '';
    this.addInvalid = null;
    this.codeAsked = false;
    this.announcement = '';
    this.removing = null;
    void this.refresh();
  }

  /** Reads the linked accounts again from the server. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    const request = ++this.#request;
    try {
      const accounts = await c.api.master.accounts.query({ workspace });
      if (request !== this.#request) return;
      this.accounts = accounts;
      this.loadError = '';
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = accountsRefusal(info);
      this.retryable = isRetryable(info);
    }
  }

  get #addButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('#add-account') ?? null;
  }

  async #handleAddToggle(): Promise<void> {
    this.adding = !this.adding;
    this.addError = '';
    this.addInvalid = null;
    this.codeAsked = false;
    await this.updateComplete;
    if (this.adding) this.renderRoot.querySelector<HTMLInputElement>('input[name="nickname"]')?.focus();
  }

  async #handleAddCancel(): Promise<void> {
    this.adding = false;
    await this.updateComplete;
    this.#addButton?.focus();
  }

  async #handleAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c || !workspace || this.addBusy) return;
    const form = event.currentTarget as HTMLFormElement;
    const proof = readSellerProof(form, this.codeAsked);
    if (!isSellerProof(proof)) return this.#refuseAdd(proof.sentence, proof.field);
    this.addBusy = true;
    this.addError = '';
    try {
      await c.api.master.linkAccount.mutate({ workspace, ...proof });
      this.adding = false;
      this.codeAsked = false;
      this.announcement = msg(str`A confirmation was sent to the email address of the account ${proof.nickname}. The account is linked once the link in that message is followed.`);
      await this.updateComplete;
      this.#addButton?.focus();
      await this.refresh();
    } catch (error) {
      const problem = sellerProofRefusal(describeError(error), this.codeAsked);
      this.codeAsked = problem.askCode;
      await this.#refuseAdd(problem.sentence, problem.field);
    } finally {
      this.addBusy = false;
    }
  }

  async #refuseAdd(sentence: string, field: SellerProofField | null): Promise<void> {
    this.addError = sentence;
    this.addInvalid = field;
    await this.updateComplete;
    const input = field ? this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`) : null;
    input?.focus();
    input?.select();
  }

  #handleOpen(account: LinkedAccount): void {
    this.dispatchEvent(new FoyerAccountOpenEvent(account.handle, account.name, this.#workspace));
  }

  #handleRemoveAsk(account: LinkedAccount, button: HTMLElement): void {
    this.#removeButton = button;
    this.removeError = '';
    this.removing = account;
  }

  #handleRemoveCancel(): void {
    if (this.removeBusy) return;
    this.removing = null;
  }

  async #handleRemove(): Promise<void> {
    const c = this.connection;
    const account = this.removing;
    const workspace = this.#workspace;
    if (!c || !account || !workspace || this.removeBusy) return;
    this.removeBusy = true;
    this.removeError = '';
    try {
      await c.api.master.unlinkAccount.mutate({ workspace, account: account.handle });
      this.announcement = msg(str`${account.name} was removed from this master account.`);
    } catch (error) {
      const info = describeError(error);
      if (info.code !== 'ACCOUNT_NOT_LINKED') {
        this.removeError = errorSentenceWithWait(info);
        return;
      }
      // Removed meanwhile (in another tab, say): what the person asked for holds.
      this.announcement = errorSentence(info);
    } finally {
      this.removeBusy = false;
    }
    // The list loses the account before the dialog closes, so focus goes to "Add account", not to a button that is gone.
    await this.refresh();
    this.removing = null;
  }

  protected override render(): TemplateResult {
    const ready = Boolean(this.accounts);
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <div class="header">
          <h2 part="title" id="title"><slot name="heading">${msg('Accounts')}</slot></h2>
          ${
            ready
              ? html`<button
                  part="button add-button"
                  class=${this.adding ? '' : 'primary'}
                  id="add-account"
                  type="button"
                  aria-expanded=${this.adding ? 'true' : 'false'}
                  aria-controls="add-form"
                  @click=${this.#handleAddToggle}
                >
                  ${msg('Add account')}
                </button>`
              : nothing
          }
        </div>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.adding ? this.#renderAddForm() : nothing} ${this.#renderBody()}
        ${renderRemoveDialog({
          account: this.removing,
          pending: this.removeBusy,
          error: this.removeError,
          returnFocus: this.#removeButton,
          onConfirm: () => void this.#handleRemove(),
          onCancel: () => this.#handleRemoveCancel(),
        })}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const state = renderLoadState({
      connection: this.connection,
      workspace: this.#workspace,
      prompt: this.#signIn,
      signIn: msg('Sign in to see the accounts of your master account.'),
      chooseWorkspace: msg('Choose a master account to see its accounts.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: Boolean(this.accounts),
      loading: msg('Loading the accounts…'),
    });
    if (state || !this.accounts) return state ?? html``;
    const locale = this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    return renderAccountList({
      accounts: this.accounts,
      locale,
      onOpen: (account) => this.#handleOpen(account),
      onRemove: (account, button) => this.#handleRemoveAsk(account, button),
    });
  }

  #renderAddForm(): TemplateResult {
    return html`
      <form part="form" class="add" id="add-form" novalidate aria-labelledby="add-title" aria-busy=${this.addBusy ? 'true' : 'false'} @submit=${this.#handleAdd}>
        <h3 id="add-title">${msg('Add a seller account')}</h3>
        <p>${msg('Sign in with the account’s nickname and password. A confirmation goes to the account’s own email address; it is linked once that link is followed.')}</p>
        ${renderSellerProofFields({ idPrefix: 'add', codeAsked: this.codeAsked, invalid: this.addInvalid, errorId: 'add-error' })}
        <p part="error" class="error" id="add-error" role="alert">${this.addError || nothing}</p>
        <div class="buttons">
          <button part="button" class="primary" type="submit" ?disabled=${this.addBusy}>${this.addBusy ? msg('Checking…') : msg('Link account')}</button>
          <button part="button" type="button" ?disabled=${this.addBusy} @click=${this.#handleAddCancel}>${msg('Cancel')}</button>
        </div>
      </form>
    `;
  }
}

/** The sentence for a refusal to list the accounts. */
function accountsRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'OWNER_ONLY':
      return msg('Only the owner of a master account sees and changes its linked accounts.');
    default:
      return errorSentenceWithWait(info);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'linked-accounts': LinkedAccounts;
  }
}
