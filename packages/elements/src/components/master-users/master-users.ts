import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { MasterAccountView, MasterUser, MyPermissions } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { errorSentence } from '../../internal/messages.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import { masterUsersStyles } from './master-users.styles.js';
import { UserCommands } from './user-commands.js';
import { renderUserDialog, type UserDialog } from './user-dialogs.js';
import { renderUserList } from './user-list.js';
import type { Caller } from './user-reach.js';

/** What the tab needs from the server before it can list anyone. */
interface Loaded {
  users: MasterUser[];
  view: MasterAccountView;
  mine: MyPermissions;
  identityId: string;
}

/**
 * @summary A master account's third-party users, for its owner and for users with "Manage
 * users": who they are, what they may do and in which linked accounts, their API key; creating
 * a user (with an API-only box, their permissions and accounts) and, per user, managing the
 * permissions, accounts and "User enabled" together, resetting the password, rotating the API
 * key and deleting.
 *
 * Place it in a `<foyer-provider>` with a session of the master account's owner or of a user
 * who may manage users. Only what the signed-in person holds is offered: permissions they do
 * not hold are locked, accounts they do not work in are not listed, and users who hold more
 * than they do cannot be changed. The server decides every change; its refusals are shown.
 * A new API key is shown once, with a button that copies it.
 *
 * @slot heading - Your own words for the heading, in place of "Users".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("Saved …").
 * @csspart list - The table of users.
 * @csspart row - One user.
 * @csspart permissions - A user's permissions.
 * @csspart status - Whether a user is enabled, and whether they have set a password.
 * @csspart user-accounts - The linked accounts a user works in.
 * @csspart api-key - The last characters of a user's key, and when it was last used.
 * @csspart note - Why a user cannot be changed.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a dialog ("Create user", "Save").
 * @csspart button-danger - Buttons that cannot be taken back ("Delete", "Rotate key").
 * @csspart dialog - The dialog of the create and manage forms, the confirmations and the new key.
 * @csspart field - A labelled field of a form.
 * @csspart label - A field's label.
 * @csspart input - A text field, and the field holding a new key.
 * @csspart check - The API-only and "User enabled" boxes with their explanation.
 * @csspart checkbox - Every checkbox.
 * @csspart role-picker - The `<role-picker>` of the permissions.
 * @csspart account-choice - The linked accounts to choose from.
 * @csspart legend - The legend of the accounts.
 * @csspart key - A new API key with its copy button.
 * @csspart key-value - The field holding the new key.
 * @csspart key-note - "It will not be shown again."
 * @csspart empty - The sentence shown when there are no users.
 * @csspart loading - The sentence shown while the users load.
 * @csspart error - A refusal or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the parts.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=44rem] - The width of the dialog.
 * @cssproperty [--key-note-color=var(--foyer-color-danger)] - The colour of "it will not be shown again".
 */
export class MasterUsers extends LitElement {
  static {
    MasterUsers.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: {},
    loaded: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    announcement: { state: true },
    actionError: { state: true },
    dialog: { state: true },
    dialogError: { state: true },
    fieldErrors: { state: true },
    dialogAnnouncement: { state: true },
    pending: { state: true },
  };

  static override styles = [masterUsersStyles, modalDialogStyles];

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';

  loaded: Loaded | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  announcement = '';
  /** A refusal of a row's command run without a dialog (a password link). */
  actionError = '';
  dialog: UserDialog | null = null;
  dialogError = '';
  fieldErrors: Record<string, string> = {};
  dialogAnnouncement = '';
  /** A command runs: one at a time. */
  pending = false;

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
    focusTarget: () => (this.loaded || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  readonly #commands = new UserCommands(this, {
    connection: () => this.connection,
    workspace: () => this.#workspace,
    updateUsers: (change) => {
      if (this.loaded) this.loaded = { ...this.loaded, users: change(this.loaded.users) };
    },
    reloadUsers: () => this.#reloadUsers(),
  });
  /** Counts loads, so an older answer never overwrites a newer one. */
  #request = 0;

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A key is never kept beyond its dialog.
    this.dialog = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && changed.has('workspace')) this.#reset();
  }

  #reset(): void {
    this.loaded = undefined;
    this.loadError = '';
    this.announcement = '';
    this.actionError = '';
    this.dialog = null;
    void this.refresh();
  }

  /** Reads the users again from the server. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    const request = ++this.#request;
    this.loadError = '';
    try {
      const [list, view, mine, me] = await Promise.all([
        c.api.masterUsers.list.query({ workspace }),
        c.api.master.view.query({ workspace }),
        c.api.permissions.mine.query({ workspace }),
        c.api.identity.me.query(),
      ]);
      if (request !== this.#request) return;
      this.loaded = { users: list.users, view, mine, identityId: me.identity.id };
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = errorSentence(info);
      this.retryable = isRetryable(info);
    }
  }

  /**
   * Reads the list again after a change, in the server's order and with what the change did
   * (a key's new hint). The dialog stays: a new key is on screen even if this read fails.
   */
  async #reloadUsers(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const request = this.#request;
    try {
      const list = await c.api.masterUsers.list.query({ workspace: this.#workspace });
      if (request === this.#request && this.loaded) this.loaded = { ...this.loaded, users: list.users };
    } catch {
      // The change itself was made; the next refresh shows it.
    }
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Users')}</slot></h2>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const loaded = this.loaded;
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.#workspace,
      prompt: this.#signIn,
      signIn: msg('Sign in to see the users.'),
      chooseWorkspace: msg('Choose a master account to see its users.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: loaded !== undefined,
      loading: msg('Loading the users…'),
    });
    if (waiting || !loaded) return waiting ?? html``;
    const caller: Caller = {
      identityId: loaded.identityId,
      permissions: new Set(loaded.mine.permissions),
      accounts: new Set(loaded.view.accounts.map((a) => a.handle)),
    };
    return html`
      <div class="toolbar">
        <button part="button button-primary" class="primary" id="create-user" type="button" ?disabled=${this.pending} @click=${(e: Event) => this.#commands.open({ kind: 'create' }, e.currentTarget as HTMLElement)}>
          ${msg('Create new user')}
        </button>
      </div>
      <p part="error" class="error" role="alert">${this.actionError}</p>
      ${renderUserList({
        users: loaded.users,
        caller,
        accountNames: new Map(loaded.view.accounts.map((a) => [a.handle, a.name])),
        locale: pageLocale(this),
        pending: this.pending,
        onAction: this.#commands.handleAction,
      })}
      ${renderUserDialog({
        dialog: this.dialog,
        accounts: loaded.view.accounts,
        grantable: loaded.mine.grantable,
        error: this.dialogError,
        fieldErrors: this.fieldErrors,
        pending: this.pending,
        announcement: this.dialogAnnouncement,
        returnFocus: this.#commands.returnFocus,
        onSubmit: this.#commands.handleSubmit,
        onCopy: () => void this.#commands.handleCopy(),
        onCancel: () => this.#commands.close(),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'master-users': MasterUsers;
  }
}
