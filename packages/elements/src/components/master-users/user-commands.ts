import { msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { MasterUser } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { errorSentence } from '../../internal/messages.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import type { UserDialog } from './user-dialogs.js';
import type { UserAction } from './user-list.js';

/** The fields of the forms a refusal can name; a problem elsewhere is said in a sentence. */
const formFields = ['email', 'description', 'firstName', 'lastName', 'role', 'accounts'];

/** The users' tab, and what it shows of the commands. */
export interface UserCommandsHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  announcement: string;
  /** A refusal of a row's command run without a dialog (a password link). */
  actionError: string;
  dialog: UserDialog | null;
  dialogError: string;
  fieldErrors: Record<string, string>;
  dialogAnnouncement: string;
  /** A command runs: one at a time. */
  pending: boolean;
}

export interface UserCommandsOptions {
  connection: () => FoyerConnection | undefined;
  /** The master account's handle. */
  workspace: () => string;
  /** Changes the users listed, once they are loaded. */
  updateUsers: (change: (users: MasterUser[]) => MasterUser[]) => void;
  /** Reads the list again after a change. */
  reloadUsers: () => Promise<void>;
}

/**
 * What the users' buttons and the dialog's forms do, one command at a time: creating a user,
 * saving their permissions, accounts and "User enabled", rotating their key, deleting them,
 * sending a password link. A refusal is said in the dialog, at the field it names where it
 * names one; a new key is shown once, with a button that copies it.
 */
export class UserCommands {
  readonly #host: UserCommandsHost;
  readonly #o: UserCommandsOptions;
  #returnFocus: HTMLElement | null = null;

  constructor(host: UserCommandsHost, options: UserCommandsOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** Where focus goes back to when the dialog closes. */
  get returnFocus(): HTMLElement | null {
    return this.#returnFocus;
  }

  get #form(): HTMLFormElement | null {
    return this.#host.renderRoot?.querySelector<HTMLFormElement>('#user-dialog form') ?? null;
  }

  /** Opens a dialog; focus returns to `returnFocus` when it closes. */
  open(dialog: UserDialog, returnFocus: HTMLElement | null): void {
    if (!this.#host.dialog) this.#returnFocus = returnFocus;
    this.#host.dialog = dialog;
    this.#host.dialogError = '';
    this.#host.fieldErrors = {};
    this.#host.dialogAnnouncement = '';
  }

  close(): void {
    if (this.#host.pending) return;
    this.#host.dialog = null;
  }

  #replaceUser(user: MasterUser): void {
    this.#o.updateUsers((users) => users.map((u) => (u.identityId === user.identityId ? user : u)));
  }

  readonly handleAction = (action: UserAction, user: MasterUser, button: HTMLElement): void => {
    this.#host.actionError = '';
    switch (action) {
      case 'manage':
      case 'rotate':
      case 'delete':
        this.open({ kind: action, user }, button);
        break;
      case 'reset-password':
        void this.#sendPasswordLink(user);
        break;
    }
  };

  async #sendPasswordLink(user: MasterUser): Promise<void> {
    const c = this.#o.connection();
    if (!c || this.#host.pending) return;
    this.#host.pending = true;
    try {
      const sent = await c.api.masterUsers.sendPasswordLink.mutate({ workspace: this.#o.workspace(), identityId: user.identityId });
      this.#host.announcement = msg(str`A link to choose a new password was sent to ${sent.sentTo}.`);
    } catch (error) {
      this.#host.actionError = errorSentence(describeError(error));
    } finally {
      this.#host.pending = false;
    }
  }

  readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const d = this.#host.dialog;
    const form = this.#form;
    if (!d || !form || this.#host.pending) return;
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
    const c = this.#o.connection();
    if (!c) return;
    this.#host.pending = true;
    this.#host.dialogError = '';
    try {
      await command(c, this.#o.workspace());
    } catch (error) {
      this.#showRefusal(describeError(error));
    } finally {
      this.#host.pending = false;
    }
  }

  #showRefusal(info: FoyerErrorInfo): void {
    const shown = Object.keys(info.fieldErrors).filter((field) => formFields.includes(field));
    if (info.code === 'INVALID_INPUT' && shown.length > 0) {
      this.#host.fieldErrors = Object.fromEntries(shown.map((field) => [field, info.fieldErrors[field]!]));
      void this.#host.updateComplete.then(() => this.#form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    this.#host.dialogError = errorSentence(info);
  }

  async #create(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const role = form.querySelector<RolePicker>('role-picker')?.value;
    const input = {
      workspace: this.#o.workspace(),
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
    this.#host.fieldErrors = missing;
    if (Object.keys(missing).length > 0 || !role) {
      await this.#host.updateComplete;
      this.#form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    await this.#run(async (c) => {
      const created = await c.api.masterUsers.create.mutate({ ...input, role });
      this.open({ kind: 'key', user: created.user, key: created.apiKey, created: true }, null);
      this.#host.announcement = msg(str`User ${created.user.name ?? created.user.email} created.`);
      this.#o.updateUsers((users) => [...users, created.user]);
      void this.#o.reloadUsers();
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
      this.#host.dialog = null;
      this.#host.announcement = msg(str`Saved the permissions of ${saved.name ?? saved.email}.`);
    });
  }

  async #rotate(user: MasterUser): Promise<void> {
    await this.#run(async (c, workspace) => {
      const issued = await c.api.apiUsers.rotateKey.mutate({ workspace, identityId: user.identityId });
      this.open({ kind: 'key', user, key: issued.apiKey, created: false }, null);
      this.#host.announcement = msg(str`${user.name ?? user.email} has a new API key.`);
      void this.#o.reloadUsers();
    });
  }

  async #delete(user: MasterUser): Promise<void> {
    await this.#run(async (c, workspace) => {
      await c.api.members.remove.mutate({ workspace, identityId: user.identityId });
      this.#o.updateUsers((users) => users.filter((u) => u.identityId !== user.identityId));
      this.#host.dialog = null;
      this.#host.announcement = msg(str`${user.name ?? user.email} was deleted.`);
    });
  }

  readonly handleCopy = async (): Promise<void> => {
    const d = this.#host.dialog;
    if (d?.kind !== 'key') return;
    try {
      await navigator.clipboard.writeText(d.key);
      this.#host.dialogAnnouncement = msg('Key copied.');
    } catch {
      this.#host.dialogAnnouncement = msg('Could not copy. Select the key and copy it yourself.');
    }
  };
}
