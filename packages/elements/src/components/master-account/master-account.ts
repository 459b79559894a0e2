import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { MasterAccountView, MasterArea } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { FoyerAccountOpenEvent } from '../../events/foyer-account-open-event.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { errorSentence } from '../../internal/messages.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { areaEntries, areaLabel, renderAreaContent } from './areas.js';
import { masterAccountStyles } from './master-account.styles.js';
import { tabIndexAfter } from './tab-keys.js';

type EntryState = 'loading' | 'loaded' | 'failed';

/**
 * @summary A seller's master account: its name, the linked seller accounts this person may
 * work in (each opens without signing in again), and the tabs this person may open —
 * Dashboard, Accounts, Tickets, Transactions, Reports, Users.
 *
 * Place it in a `<foyer-provider>` with a session of the master account's owner or of one of
 * its users. The server decides which tabs a person sees: the owner all six; a user never
 * Dashboard nor Accounts, and of the others only what their permissions open. Each tab's
 * element (`<sales-dashboard>`, `<linked-accounts>`, `<ticket-table>`, `<transaction-table>`,
 * `<report-view>`, `<master-users>`) is fetched the first
 * time its tab opens.
 *
 * The tabs follow the ARIA tabs pattern: Tab reaches the selected tab, the arrow keys, Home
 * and End move to another tab and open it, Tab again moves into its panel. The open tab is
 * the `tab` attribute, so a page can open the master account on a tab of its choice and read
 * which one is open.
 *
 * @slot heading - Your own words for the heading, in place of the master account's name.
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event change - The person opened another tab; read `tab`.
 * @event foyer-account-open - The person asked to open a linked account; `account` is its handle, `name` its name, `master` the master account's handle. Open it in a provider naming that handle, with the same session.
 *
 * @csspart base - The element's outer section.
 * @csspart header - The name and the linked accounts above the tabs.
 * @csspart title - The heading: the master account's name.
 * @csspart accounts - The list of linked accounts this person may work in.
 * @csspart account - One linked account: its name, handle and Open button.
 * @csspart account-name - A linked account's name.
 * @csspart account-handle - A linked account's handle (its nickname).
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab.
 * @csspart tab-selected - The open tab.
 * @csspart panel - A tab's panel.
 * @csspart area-element - The element a panel shows (`<sales-dashboard>`, `<linked-accounts>`, `<ticket-table>`, `<transaction-table>`, `<report-view>`, `<master-users>`).
 * @csspart button - Every button.
 * @csspart empty - The sentence shown when no account is linked for this person.
 * @csspart loading - The sentence shown while the master account or a tab's element loads.
 * @csspart error - A refusal, or why a tab's element could not be loaded.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the parts.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--tab-color=var(--foyer-color-text-muted)] - A tab's text.
 * @cssproperty [--tab-selected-color=var(--foyer-color-accent)] - The open tab's text and its underline.
 * @cssproperty [--tab-border-color=var(--foyer-color-border)] - The line under the tabs.
 */
export class MasterAccount extends LitElement {
  static {
    MasterAccount.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    tab: { reflect: true },
    view: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    entries: { state: true },
  };

  static override styles = masterAccountStyles;

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  /**
   * The open tab: `dashboard`, `accounts`, `tickets`, `transactions`, `reports` or `users`.
   * A tab this person may not open gives way to the first one they may.
   */
  tab: MasterArea | '' = '';

  /** The server's view of the master account for this person. */
  view: MasterAccountView | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  /** How far each tab's element has loaded. */
  entries: Partial<Record<MasterArea, EntryState>> = {};

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: () => this.#reset(),
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () =>
      this.view || this.loadError ? (this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? firstControl(this.renderRoot.querySelector('.base'))) : undefined,
  });
  /** Counts requests, so an older answer never overwrites a newer one. */
  #request = 0;
  /** The tabs opened so far: their panels stay rendered, so what was typed there stays. */
  readonly #opened = new Set<MasterArea>();

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  /** The tab shown: the one asked for when this person may open it, else their first. */
  get #shown(): MasterArea | undefined {
    const areas = this.view?.areas ?? [];
    return areas.find((a) => a === this.tab) ?? areas[0];
  }

  #reset(): void {
    this.view = undefined;
    this.loadError = '';
    this.#opened.clear();
    void this.refresh();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('workspace')) this.#reset();
    const shown = this.#shown;
    if (shown && !this.#opened.has(shown)) {
      this.#opened.add(shown);
      void this.#loadEntry(shown);
    }
  }

  /** Asks the server again what this person may see of the master account. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    const request = ++this.#request;
    this.loadError = '';
    try {
      const view = await c.api.master.view.query({ workspace });
      if (request !== this.#request) return;
      this.view = view;
      if (!view.areas.some((a) => a === this.tab)) this.tab = view.areas[0] ?? '';
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = errorSentence(info);
      this.retryable = isRetryable(info);
    }
  }

  async #loadEntry(area: MasterArea): Promise<void> {
    const load = areaEntries[area];
    if (!load || this.entries[area] === 'loaded' || this.entries[area] === 'loading') return;
    this.entries = { ...this.entries, [area]: 'loading' };
    try {
      await load();
      this.entries = { ...this.entries, [area]: 'loaded' };
    } catch {
      this.entries = { ...this.entries, [area]: 'failed' };
    }
  }

  async #open(area: MasterArea, focus: boolean): Promise<void> {
    if (area !== this.#shown) {
      this.tab = area;
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${area}`)?.focus();
  }

  #handleTabKey(event: KeyboardEvent): void {
    const areas = this.view?.areas ?? [];
    const shown = this.#shown;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const next = tabIndexAfter(event.key, shown ? areas.indexOf(shown) : 0, areas.length, rtl);
    if (next === null) return;
    event.preventDefault();
    void this.#open(areas[next]!, true);
  }

  #openAccount(account: { handle: string; name: string }): void {
    this.dispatchEvent(new FoyerAccountOpenEvent(account.handle, account.name, this.view?.master.handle ?? this.#workspace));
  }

  protected override render(): TemplateResult {
    const view = this.view;
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <header part="header" class="header">
          <h2 part="title" id="title"><slot name="heading">${view ? view.master.name : msg('Master account')}</slot></h2>
          ${view ? this.#renderAccounts(view) : nothing}
        </header>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const view = this.view;
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.#workspace,
      prompt: this.#signIn,
      signIn: msg('Sign in to open the master account.'),
      chooseWorkspace: msg('Choose a master account to open.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: view !== undefined,
      loading: msg('Loading the master account…'),
    });
    if (waiting || !view) return waiting ?? html``;
    if (view.areas.length === 0) return html`<p part="empty">${msg('Your permissions open no area of this master account. Ask its owner for the permissions you need.')}</p>`;
    return this.#renderTabs(view);
  }

  #renderAccounts(view: MasterAccountView): TemplateResult {
    if (view.accounts.length === 0) {
      const sentence = view.owner
        ? msg('No seller account is linked to this master account yet. Link one under Accounts.')
        : msg('You have not been given any account of this master account to work in yet.');
      return html`<p part="empty">${sentence}</p>`;
    }
    return html`
      <div class="accounts">
        <h3 id="accounts-title">${view.owner ? msg('Linked accounts') : msg('Accounts you work in')}</h3>
        <ul part="accounts" aria-labelledby="accounts-title">
          ${view.accounts.map(
            (account) => html`
              <li part="account" class="account" data-account=${account.handle}>
                <span part="account-name" class="account-name">${account.name}</span>
                <span part="account-handle" class="muted">${account.handle}</span>
                <button part="button" type="button" @click=${() => this.#openAccount(account)}>
                  ${msg('Open')}<span class="visually-hidden"> ${account.name}</span>
                </button>
              </li>
            `,
          )}
        </ul>
      </div>
    `;
  }

  #renderTabs(view: MasterAccountView): TemplateResult {
    const shown = this.#shown;
    return html`
      <div part="tablist" class="tablist" role="tablist" aria-label=${msg(str`Areas of ${view.master.name}`)} @keydown=${this.#handleTabKey}>
        ${view.areas.map((area) => {
          const selected = area === shown;
          return html`
            <button
              part=${selected ? 'tab tab-selected' : 'tab'}
              class="tab"
              type="button"
              role="tab"
              id="tab-${area}"
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls="panel-${area}"
              tabindex=${selected ? '0' : '-1'}
              data-area=${area}
              @click=${() => void this.#open(area, false)}
            >
              ${areaLabel(area)}
            </button>
          `;
        })}
      </div>
      ${view.areas.map(
        (area) => html`
          <div part="panel" class="panel" role="tabpanel" id="panel-${area}" aria-labelledby="tab-${area}" tabindex="0" ?hidden=${area !== shown}>
            ${this.#opened.has(area) ? this.#renderPanel(area, view.master.handle) : nothing}
          </div>
        `,
      )}
    `;
  }

  #renderPanel(area: MasterArea, workspace: string): TemplateResult {
    const state = this.entries[area];
    if (state === 'failed') {
      return html`
        <p part="error" role="alert">${msg(str`The ${areaLabel(area)} tab could not be loaded. Check your connection and try again.`)}</p>
        <button part="button" type="button" @click=${() => void this.#loadEntry(area)}>${msg('Try again')}</button>
      `;
    }
    return html`
      ${state === 'loading' ? html`<p part="loading" role="status">${msg(str`Loading ${areaLabel(area)}…`)}</p>` : nothing}
      ${renderAreaContent(area, workspace)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'master-account': MasterAccount;
  }
}
