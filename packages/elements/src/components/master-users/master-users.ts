import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { MasterAccountView, MasterUser, MyPermissions } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { errorSentence } from '../../internal/messages.js';
import { modalDialogStyles } from '../../internal/modal-dialog/modal-dialog.styles.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { masterUsersStyles } from './master-users.styles.js';
import { renderUserDialog, type UserDialog } from './user-dialogs.js';
import { renderUserList, type UserAction } from './user-list.js';
import type { Caller } from './user-reach.js';

/** The fields of the forms a refusal can name; a problem elsewhere is said in a sentence. */
const formFields = ['email', 'description', 'firstName', 'lastName', 'role', 'accounts'];

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
  /** Counts loads, so an older answer never overwrites a newer one. */
  #request = 0;
  #returnFocus: HTMLElement | null = null;

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  get #form(): HTMLFormElement | null {
    return this.renderRoot?.querySelector<HTMLFormElement>('#user-dialog form') ?? null;
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

  #open(dialog: UserDialog, returnFocus: HTMLElement | null): void {
    if (!this.dialog) this.#returnFocus = returnFocus;
    this.dialog = dialog;
    this.dialogError = '';
    this.fieldErrors = {};
    this.dialogAnnouncement = '';
  }

  #close(): void {
    if (this.pending) return;
    this.dialog = null;
  }

  #replaceUser(user: MasterUser): void {
    if (!this.loaded) return;
    this.loaded = { ...this.loaded, users: this.loaded.users.map((u) => (u.identityId === user.identityId ? user : u)) };
  }

  readonly #handleAction = (action: UserAction, user: MasterUser, button: HTMLElement): void => {
    this.actionError = '';
    switch (action) {
      case 'manage':
      case 'rotate':
      case 'delete':
        this.#open({ kind: action, user }, button);
        break;
      case 'reset-password':
        void this.#sendPasswordLink(user);
        break;
    }
  };

  async #sendPasswordLink(user: MasterUser): Promise<void> {
    const c = this.connection;
    if (!c || this.pending) return;
    this.pending = true;
    try {
      const sent = await c.api.masterUsers.sendPasswordLink.mutate({ workspace: this.#workspace, identityId: user.identityId });
      this.announcement = msg(str`A link to choose a new password was sent to ${sent.sentTo}.`);
    } catch (error) {
      this.actionError = errorSentence(describeError(error));
    } finally {
      this.pending = false;
    }
  }

  readonly #handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const d = this.dialog;
    const form = this.#form;
    if (!d || !form || this.pending) return;
    switch (d.kind) {
      case 'create':
        void this.#create(form);
        break;
      case 'manage':
        void this.#save(d.user, form);
        break;
      case 'rotate':
        void this.#rotate(d.user);
        break;
      case 'delete':
        void this.#delete(d.user);
        break;
      case 'key':
        break;
    }
  };

  /** Runs one command of the dialog: its refusal stays in the dialog, naming the field where there is one. */
  async #run(command: (c: FoyerConnection, workspace: string) => Promise<void>): Promise<void> {
    const c = this.connection;
    if (!c) return;
    this.pending = true;
    this.dialogError = '';
    try {
      await command(c, this.#workspace);
    } catch (error) {
      this.#showRefusal(describeError(error));
    } finally {
      this.pending = false;
    }
  }

  #showRefusal(info: FoyerErrorInfo): void {
    const shown = Object.keys(info.fieldErrors).filter((field) => formFields.includes(field));
    if (info.code === 'INVALID_INPUT' && shown.length > 0) {
      this.fieldErrors = Object.fromEntries(shown.map((field) => [field, info.fieldErrors[field]!]));
      void this.updateComplete.then(() => this.#form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.dialogError = errorSentence(info);
  }

  async #create(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const role = form.querySelector<RolePicker>('role-picker')?.value;
    const input = {
      workspace: this.#workspace,
      apiOnly: data.get('apiOnly') !== null,
      email: text('email'),
      description: text('description'),
      firstName: text('firstName'),
      lastName: text('lastName'),
      accounts: data.getAll('accounts').map(String),
    };
    const missing: Record<string, string> = {};
    if (!input.email) missing.email = msg('Enter the email address of the new user.');
    if (!input.firstName) missing.firstName = msg('Enter the first name.');
    if (!input.lastName) missing.lastName = msg('Enter the last name.');
    if (!role) missing.role = msg('Choose a role, or permissions one by one.');
    this.fieldErrors = missing;
    if (Object.keys(missing).length > 0 || !role) {
      await this.updateComplete;
      this.#form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    await this.#run(async (c) => {
      const created = await c.api.masterUsers.create.mutate({ ...input, role });
      this.#open({ kind: 'key', user: created.user, key: created.apiKey, created: true }, null);
      this.announcement = msg(str`User ${created.user.name ?? created.user.email} created.`);
      if (this.loaded) this.loaded = { ...this.loaded, users: [...this.loaded.users, created.user] };
      void this.#reloadUsers();
    });
  }

  async #save(user: MasterUser, form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const role = form.querySelector<RolePicker>('role-picker')?.value;
    await this.#run(async (c, workspace) => {
      const saved = await c.api.masterUsers.update.mutate({
        workspace,
        identityId: user.identityId,
        ...(role ? { role } : {}),
        accounts: data.getAll('accounts').map(String),
        enabled: data.get('enabled') !== null,
      });
      this.#replaceUser(saved);
      this.dialog = null;
      this.announcement = msg(str`Saved the permissions of ${saved.name ?? saved.email}.`);
    });
  }

  async #rotate(user: MasterUser): Promise<void> {
    await this.#run(async (c, workspace) => {
      const issued = await c.api.apiUsers.rotateKey.mutate({ workspace, identityId: user.identityId });
      this.#open({ kind: 'key', user, key: issued.apiKey, created: false }, null);
      this.announcement = msg(str`${user.name ?? user.email} has a new API key.`);
      void this.#reloadUsers();
    });
  }

  async #delete(user: MasterUser): Promise<void> {
    await this.#run(async (c, workspace) => {
      await c.api.members.remove.mutate({ workspace, identityId: user.identityId });
      if (this.loaded) this.loaded = { ...this.loaded, users: this.loaded.users.filter((u) => u.identityId !== user.identityId) };
      this.dialog = null;
      this.announcement = msg(str`${user.name ?? user.email} was deleted.`);
    });
  }

  readonly #handleCopy = async (): Promise<void> => {
    const d = this.dialog;
    if (d?.kind !== 'key') return;
    try {
      await navigator.clipboard.writeText(d.key);
      this.dialogAnnouncement = msg('Key copied.');
    } catch {
      this.dialogAnnouncement = msg('Could not copy. Select the key and copy it yourself.');
    }
  };

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
        <button part="button button-primary" class="primary" id="create-user" type="button" ?disabled=${this.pending} @click=${(e: Event) => this.#open({ kind: 'create' }, e.currentTarget as HTMLElement)}>
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
        onAction: this.#handleAction,
      })}
      ${renderUserDialog({
        dialog: this.dialog,
        accounts: loaded.view.accounts,
        grantable: loaded.mine.grantable,
        error: this.dialogError,
        fieldErrors: this.fieldErrors,
        pending: this.pending,
        announcement: this.dialogAnnouncement,
        returnFocus: this.#returnFocus,
        onSubmit: this.#handleSubmit,
        onCopy: () => void this.#handleCopy(),
        onCancel: () => this.#close(),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'master-users': MasterUsers;
  }
}
