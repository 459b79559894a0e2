import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { CustomRole, RolesList } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { fieldSentence } from '../../internal/form-field.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { listedPermissions } from '../role-picker/role-model.js';
import { renderRoleDialog, type RoleChanges, type RoleDialog } from './role-dialog.js';
import { roleRefusal } from './role-editor-messages.js';
import { roleEditorStyles } from './role-editor.styles.js';
import { renderRoleForm, type RoleFormErrors } from './role-form.js';
import { renderRoleList } from './role-list.js';

/**
 * @summary The workspace's own roles, for those who manage its users: a permission set built
 * with `<role-picker>`, named and saved as a role; each role edited, and deleted while nobody
 * holds it. A role someone holds names who holds it instead of offering Delete.
 *
 * Place it in a `<foyer-provider>` with a member's session. The server decides everything: a
 * role without "Manage team" is told so in a sentence; the picker locks the permissions the
 * person does not hold, and a role granting any of them offers no change. A change to a role
 * someone holds, and every deletion, is asked about first with its consequence.
 *
 * @slot heading - Your own words for the heading, in place of "Roles".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("The role … is saved.").
 * @csspart list - The list of the workspace's roles.
 * @csspart role - One role: its name, description, what it grants, who holds it, its buttons.
 * @csspart role-name - A role's name.
 * @csspart description - A role's description.
 * @csspart grants - What a role grants.
 * @csspart holders - Who holds a role, or that nobody does.
 * @csspart reason - Why a role cannot be changed by the signed-in person.
 * @csspart empty - The sentence shown while the workspace has no roles of its own.
 * @csspart loading - The sentence shown while the roles load.
 * @csspart error - A refusal or a field's problem.
 * @csspart form - The form that builds or edits a role.
 * @csspart label - A field's label.
 * @csspart input - The name and description fields.
 * @csspart role-picker - The `<role-picker>` the permissions are chosen with.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of the form and of a dialog.
 * @csspart button-danger - Buttons that cannot be taken back ("Delete", "Delete role").
 * @csspart dialog - The dialog of every confirmation.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=32rem] - The width of the dialogs.
 */
export class RoleEditor extends LitElement {
  static {
    RoleEditor.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    roles: { state: true },
    grantable: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    editing: { state: true },
    draftName: { state: true },
    draftDescription: { state: true },
    errors: { state: true },
    pending: { state: true },
    announcement: { state: true },
    dialog: { state: true },
    dialogError: { state: true },
  };

  static override styles = roleEditorStyles;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  roles: RolesList | undefined = undefined;
  /** What the signed-in person may grant, as the server says. */
  grantable: string[] | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  editing: CustomRole | null = null;
  draftName = '';
  draftDescription = '';
  errors: RoleFormErrors = {};
  pending = false;
  announcement = '';
  dialog: RoleDialog | null = null;
  dialogError = '';

  /** Where focus goes after a dialog or an edit ends: the button it came from. */
  #returnFocus: HTMLElement | null = null;

  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.roles = undefined;
      this.grantable = undefined;
      this.loadError = '';
      this.announcement = '';
      this.dialog = null;
      this.#resetForm();
      if (c) void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.roles || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });

  get #picker(): RolePicker | null {
    return this.renderRoot?.querySelector<RolePicker>('form.form role-picker') ?? null;
  }

  /** Reads the roles, and what this member may grant, from the server again. */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    this.loadError = '';
    try {
      const [roles, mine] = await Promise.all([c.api.roles.list.query({ workspace: c.workspace }), c.api.permissions.mine.query({ workspace: c.workspace })]);
      if (!this.#link.isCurrent(ticket)) return;
      this.roles = roles;
      this.grantable = mine.grantable;
      // The role being edited may have changed meanwhile; a deleted one ends the edit.
      if (this.editing) this.editing = roles.customRoles.find((r) => r.id === this.editing!.id) ?? null;
    } catch (error) {
      if (!this.#link.isCurrent(ticket)) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = roleRefusal(info);
      this.retryable = isRetryable(info);
    }
  }

  #resetForm(): void {
    this.editing = null;
    this.draftName = '';
    this.draftDescription = '';
    this.errors = {};
    const picker = this.#picker;
    if (picker) picker.value = undefined;
  }

  async #startEdit(role: CustomRole, button: HTMLElement): Promise<void> {
    if (this.pending) return;
    this.#returnFocus = button;
    this.editing = role;
    this.draftName = role.name;
    this.draftDescription = role.description;
    this.errors = {};
    await this.updateComplete;
    const picker = this.#picker;
    if (picker) picker.value = { permissions: [...role.permissions] };
    const field = this.renderRoot.querySelector<HTMLInputElement>('#role-name');
    field?.focus();
  }

  #cancelEdit(): void {
    this.#resetForm();
    this.#giveFocusBack();
  }

  #giveFocusBack(): void {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#role-list')?.focus();
  }

  /** The form's role as the server takes it; sets the form's problems and answers null when there are any. */
  #changes(): RoleChanges | null {
    const catalog = this.roles?.catalog;
    const value = this.#picker?.value;
    const permissions = catalog ? listedPermissions(catalog, value, []) : [];
    const name = this.draftName.trim();
    this.errors = {
      name: name ? undefined : msg('Enter a name for the role.'),
      permissions: permissions.length ? undefined : msg('Choose at least one permission for the role.'),
    };
    if (!name) {
      this.renderRoot.querySelector<HTMLInputElement>('#role-name')?.focus();
      return null;
    }
    if (!permissions.length) return null;
    return { name, description: this.draftDescription.trim(), permissions };
  }

  async #handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.pending || !this.roles) return;
    const changes = this.#changes();
    if (!changes) return;
    const editing = this.editing;
    // A role someone holds changes what they may do: that is asked about first.
    if (editing && editing.holders > 0) {
      this.#returnFocus ??= this.renderRoot.querySelector<HTMLElement>('form.form button[type="submit"]');
      this.dialogError = '';
      this.dialog = { kind: 'save-held', role: editing, changes };
      return;
    }
    await this.#save(editing, changes, false);
  }

  /** Creates the role, or saves the one being edited; `fromDialog` when a confirmation asked first. */
  async #save(editing: CustomRole | null, changes: RoleChanges, fromDialog: boolean): Promise<void> {
    const c = this.connection;
    if (!c) return;
    this.pending = true;
    try {
      if (editing) await c.api.roles.update.mutate({ workspace: c.workspace, roleId: editing.id, ...changes });
      else await c.api.roles.create.mutate({ workspace: c.workspace, ...changes });
      this.dialog = null;
      this.#resetForm();
      await this.refresh();
      await this.#say(
        editing ? msg(str`The role “${changes.name}” is saved.`) : msg(str`The role “${changes.name}” is saved. It can be chosen now when you invite someone or change a role.`),
      );
      if (editing) this.#giveFocusBack();
    } catch (error) {
      this.#refused(describeError(error), fromDialog);
    } finally {
      this.pending = false;
    }
  }

  #refused(info: FoyerErrorInfo, inDialog: boolean): void {
    if (this.#signIn.refused(info, this.connection?.token)) {
      this.dialog = null;
      return;
    }
    const nameProblem = info.code === 'ROLE_NAME_TAKEN' ? roleRefusal(info) : info.code === 'INVALID_INPUT' && info.fieldErrors.name ? fieldSentence(info.fieldErrors.name) : '';
    if (nameProblem) {
      // The name is fixed in the form, where it is typed.
      this.dialog = null;
      this.errors = { name: nameProblem };
      this.renderRoot.querySelector<HTMLInputElement>('#role-name')?.focus();
      return;
    }
    if (inDialog) this.dialogError = roleRefusal(info);
    else this.errors = { form: roleRefusal(info) };
  }

  #askDelete(role: CustomRole, button: HTMLElement): void {
    if (this.pending) return;
    this.#returnFocus = button;
    this.dialogError = '';
    this.dialog = { kind: 'delete', role };
  }

  async #handleDialogSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const d = this.dialog;
    const c = this.connection;
    if (!d || !c || this.pending) return;
    if (d.kind === 'save-held') return this.#save(d.role, d.changes, true);
    this.pending = true;
    try {
      await c.api.roles.delete.mutate({ workspace: c.workspace, roleId: d.role.id });
      // Its row is gone with its button: focus goes to the list.
      this.#returnFocus = null;
      this.dialog = null;
      if (this.editing?.id === d.role.id) this.#resetForm();
      await this.refresh();
      await this.#say(msg(str`The role “${d.role.name}” was deleted.`));
      this.renderRoot.querySelector<HTMLElement>('#role-list')?.focus();
    } catch (error) {
      this.#refused(describeError(error), true);
      // A role given to someone meanwhile now names its holder.
      await this.refresh();
    } finally {
      this.pending = false;
    }
  }

  #closeDialog(): void {
    if (this.pending) return;
    this.dialog = null;
  }

  /** Says a result in the live region, again even when it reads as the last one did. */
  async #say(sentence: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = sentence;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Roles')}</slot></h2>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.connection?.workspace ?? '',
      prompt: this.#signIn,
      signIn: msg('Sign in to manage the roles.'),
      chooseWorkspace: msg('Choose an account to see its roles.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: Boolean(this.roles),
      loading: msg('Loading the roles…'),
    });
    if (waiting) return waiting;
    const roles = this.roles!;
    const grantable = this.grantable ? new Set(this.grantable) : undefined;
    return html`
      <h3 id="roles-title">${msg('Roles of this workspace')}</h3>
      ${renderRoleList({
        roles: roles.customRoles,
        catalog: roles.catalog,
        grantable,
        onEdit: (role, button) => void this.#startEdit(role, button),
        onDelete: (role, button) => this.#askDelete(role, button),
      })}
      ${renderRoleForm({
        editing: this.editing,
        catalog: roles.catalog,
        grantable: this.grantable,
        name: this.draftName,
        description: this.draftDescription,
        errors: this.errors,
        pending: this.pending && !this.dialog,
        onName: (value) => (this.draftName = value),
        onDescription: (value) => (this.draftDescription = value),
        onSubmit: (event) => void this.#handleSubmit(event),
        onCancel: () => this.#cancelEdit(),
      })}
      ${renderRoleDialog({
        dialog: this.dialog,
        error: this.dialogError,
        pending: this.pending,
        returnFocus: this.#returnFocus,
        onSubmit: (event) => void this.#handleDialogSubmit(event),
        onCancel: () => this.#closeDialog(),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'role-editor': RoleEditor;
  }
}
