import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { FoyerWorkspaceChangeEvent } from '../../events/foyer-workspace-change-event.js';
import { errorSentence } from '../../internal/messages.js';
import { SignInPrompt } from '../../internal/sign-in-prompt.js';
import { accountKinds, fetchAccounts, groupLabel, unusableReason, type Account } from './accounts.js';
import { accountSwitcherStyles } from './account-switcher.styles.js';

/**
 * @summary The signed-in person's accounts — their own workspaces, the teams they belong to,
 * an agency's client accounts, the accounts they are a contact of — and a switch between
 * them in place, without signing in again.
 *
 * Place it in a `<foyer-provider>`; choosing an account makes the provider act in that
 * workspace (every element under the provider follows) and fires `foyer-workspace-change`.
 * Accounts this session cannot use now are listed with the reason (for instance a second
 * factor the workspace requires) and cannot be chosen.
 *
 * A list box: Tab reaches it, the arrow keys, Home and End move between accounts, Enter or
 * Space switches.
 *
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event foyer-workspace-change - The provider now acts in another workspace; `workspace`, `previous`.
 *
 * @csspart base - The element's outer box.
 * @csspart label - The list's label ("Accounts").
 * @csspart listbox - The list of accounts.
 * @csspart group - One group of accounts.
 * @csspart group-label - A group's heading ("Client accounts").
 * @csspart option - One account.
 * @csspart option-current - The account the provider acts in.
 * @csspart option-unusable - An account this session cannot use now.
 * @csspart name - An account's name.
 * @csspart detail - An account's role, or why it cannot be used.
 * @csspart status - Loading, signed-out and empty messages.
 * @csspart error - Why the accounts could not be loaded.
 * @csspart retry - The button that tries again.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between groups.
 * @cssproperty [--option-radius=var(--foyer-radius)]
 * @cssproperty [--option-active-background=var(--foyer-color-surface-raised)] - The account the keyboard is on.
 * @cssproperty [--option-current-color=var(--foyer-color-accent)] - The mark of the account in use.
 * @cssproperty [--unusable-color=var(--foyer-color-danger)] - Why an account cannot be used.
 */
export class AccountSwitcher extends LitElement {
  static {
    AccountSwitcher.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    label: {},
    accounts: { state: true },
    loadError: { state: true },
    active: { state: true },
    announcement: { state: true },
  };

  static override styles = accountSwitcherStyles;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /** The list's label. Default: "Accounts". */
  label = '';

  accounts: Account[] | undefined = undefined;
  loadError = '';
  /** The account the keyboard is on, by workspace handle. */
  active = '';
  announcement = '';

  // A new session (or server) lists other accounts; switching the workspace does not.
  readonly #link = new ConnectionController(this, {
    scope: 'session',
    onChange: (c) => {
      this.accounts = undefined;
      this.loadError = '';
      this.active = '';
      if (c) void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.accounts || this.loadError ? this.renderRoot.querySelector<HTMLElement>('[role="listbox"], [part~="retry"]') : undefined),
  });
  #request = 0;

  /** Asks the server for the accounts again (after a grant changed, say). */
  async refresh(): Promise<void> {
    const connection = this.connection;
    if (!connection?.token) return;
    const request = ++this.#request;
    this.loadError = '';
    try {
      const accounts = await fetchAccounts(connection.api);
      if (request !== this.#request) return;
      this.accounts = ordered(accounts);
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, connection.token)) return;
      this.loadError = errorSentence(info);
    }
  }

  /** Makes the provider act in the account's workspace. */
  #switchTo(account: Account): void {
    const connection = this.connection;
    if (!connection) return;
    this.active = account.workspace;
    if (!account.usable) {
      this.announcement = msg(str`${account.name} cannot be used now. ${unusableReason(account.reason)}`);
      return;
    }
    const previous = connection.workspace;
    if (previous === account.workspace) return;
    connection.switchWorkspace(account.workspace);
    this.announcement = msg(str`Now working in ${account.name}.`);
    this.dispatchEvent(new FoyerWorkspaceChangeEvent(account.workspace, previous));
    // Grants change behind the page's back (an owner revokes one): each switch reads the list again.
    void this.refresh();
  }

  #handleKeyDown(event: KeyboardEvent): void {
    const accounts = this.accounts ?? [];
    if (accounts.length === 0) return;
    const index = accounts.findIndex((a) => a.workspace === this.#activeWorkspace());
    let next = index;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(accounts.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = accounts.length - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const account = accounts[index];
        if (account) this.#switchTo(account);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.active = accounts[next]?.workspace ?? '';
    void this.updateComplete.then(() => this.renderRoot.querySelector('[part~="option"].active')?.scrollIntoView({ block: 'nearest' }));
  }

  /** The account the keyboard is on: the one moved to, else the one in use, else the first. */
  #activeWorkspace(): string {
    const accounts = this.accounts ?? [];
    if (accounts.some((a) => a.workspace === this.active)) return this.active;
    const current = this.connection?.workspace;
    if (accounts.some((a) => a.workspace === current)) return current ?? '';
    return accounts[0]?.workspace ?? '';
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base">${this.#renderBody()}</div>`;
  }

  #renderBody(): TemplateResult {
    const connection = this.connection;
    if (!connection) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in to see your accounts.'));
    if (this.loadError) {
      return html`
        <p part="error" role="alert">${this.loadError}</p>
        <button part="retry" type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>
      `;
    }
    const accounts = this.accounts;
    if (!accounts) return html`<p part="status" role="status">${msg('Loading your accounts…')}</p>`;
    if (accounts.length === 0) return html`<p part="status">${msg('You have no accounts yet.')}</p>`;
    const active = this.#activeWorkspace();
    const activeIndex = accounts.findIndex((a) => a.workspace === active);
    return html`
      <p part="label" class="label" id="label">${this.label || msg('Accounts')}</p>
      <div
        part="listbox"
        class="listbox"
        role="listbox"
        tabindex="0"
        aria-labelledby="label"
        aria-activedescendant=${activeIndex >= 0 ? `account-${activeIndex}` : nothing}
        @keydown=${this.#handleKeyDown}
      >
        ${accountKinds.map((kind) => {
          const members = accounts.map((account, index) => ({ account, index })).filter(({ account }) => account.kind === kind);
          if (members.length === 0) return nothing;
          return html`
            <div part="group" class="group" role="group" aria-labelledby="group-${kind}">
              <div part="group-label" class="group-label" role="presentation" id="group-${kind}">${groupLabel(kind)}</div>
              ${members.map(({ account, index }) => this.#renderOption(account, index, index === activeIndex))}
            </div>
          `;
        })}
      </div>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    `;
  }

  #renderOption(account: Account, index: number, active: boolean): TemplateResult {
    const current = account.workspace === this.connection?.workspace;
    const parts = ['option', current ? 'option-current' : '', account.usable ? '' : 'option-unusable'].filter(Boolean).join(' ');
    return html`
      <div
        part=${parts}
        class="option ${active ? 'active' : ''} ${current ? 'current' : ''}"
        role="option"
        id="account-${index}"
        aria-selected=${current ? 'true' : 'false'}
        aria-disabled=${account.usable ? nothing : 'true'}
        aria-describedby="account-${index}-detail"
        @click=${() => this.#switchTo(account)}
      >
        <span part="name" class="name">${account.name}</span>
        <span part="detail" class="detail ${account.usable ? '' : 'unusable'}" id="account-${index}-detail">
          ${account.usable ? account.roleName : `${account.roleName} · ${unusableReason(account.reason)}`}
        </span>
      </div>
    `;
  }
}

/** Grouped in the order the groups appear, so the arrow keys follow what the eye sees. */
function ordered(accounts: Account[]): Account[] {
  return accountKinds.flatMap((kind) => accounts.filter((a) => a.kind === kind));
}

declare global {
  interface HTMLElementTagNameMap {
    'account-switcher': AccountSwitcher;
  }
}
