import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import type { CatalogShape, RoleChoice } from '@foyer/schema';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { errorSentence } from '../../internal/messages.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { grantedBy, listedPermissions, sameChoice, withoutImplied, type CustomRoleOption } from './role-model.js';
import { renderPermissionList } from './permission-list.js';
import { renderRoleOptions } from './role-options.js';
import { renderRoleSummary } from './role-summary.js';
import { rolePickerStyles } from './role-picker.styles.js';

/**
 * @summary Chooses a role: one of the workspace's template roles, one of its own roles, or a
 * set of permissions picked one by one; says in words what the choice can and cannot do.
 *
 * Permissions are listed under their catalog's groups, each with its description. A
 * permission another chosen one includes is ticked and locked, naming what includes it.
 * Roles and permissions the signed-in person may not grant (they do not hold them) are shown
 * but locked, with the reason; so are roles a page's `lockRole` names, with its reason. The
 * server decides every grant; the picker only shows it.
 *
 * Standalone, give it a `template` (or a `catalog`), and optionally `customRoles` and
 * `grantable`. Inside a `<foyer-provider>` with a member's session and without either, it
 * asks the server for the workspace's catalog, its roles and what this member may grant.
 *
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @event change - The person chose another role or changed the permissions; read `value`.
 *
 * @csspart base - The element's outer box.
 * @csspart roles - The fieldset of roles.
 * @csspart legend - A fieldset's legend: "Role", a permission group's name.
 * @csspart role-option - One role: its radio button, name, description and reason.
 * @csspart radio - A role's radio button.
 * @csspart role-name - A role's name (its radio button's label).
 * @csspart description - A role's or a permission's description.
 * @csspart reason - Why a role or a permission cannot be granted.
 * @csspart permissions - The permissions, all groups.
 * @csspart group - One permission group's fieldset.
 * @csspart permission - One permission: its checkbox, label, description and notes.
 * @csspart checkbox - A permission's checkbox.
 * @csspart permission-label - A permission's label.
 * @csspart included - "Included in …" under a permission another one includes.
 * @csspart summary - What the chosen role can and cannot do.
 * @csspart summary-title - The summary's heading.
 * @csspart summary-description - The chosen role's description in the summary.
 * @csspart summary-can - The list of what it can do.
 * @csspart summary-cannot - The list of what it cannot do.
 * @csspart summary-never - The list of areas only the owner opens.
 * @csspart summary-empty - The sentence in place of an empty list.
 * @csspart status - The loading message.
 * @csspart error - Why the catalog could not be loaded.
 * @csspart retry - The button that tries again.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--option-background=var(--foyer-color-surface)] - Background of a role and of a permission.
 * @cssproperty [--option-selected-background=var(--foyer-color-surface-raised)] - Background of the chosen role.
 * @cssproperty [--option-border-color=var(--foyer-color-border)]
 * @cssproperty [--option-selected-border-color=var(--foyer-color-accent)]
 * @cssproperty [--option-radius=var(--foyer-radius)]
 * @cssproperty [--reason-color=var(--foyer-color-danger)] - The colour of why something cannot be granted.
 * @cssproperty [--summary-background=var(--foyer-color-surface-raised)]
 */
export class RolePicker extends LitElement {
  static {
    RolePicker.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    template: {},
    catalog: { attribute: false },
    customRoles: { attribute: false },
    grantable: { attribute: false },
    lockRole: { attribute: false },
    label: {},
    disabled: { type: Boolean, reflect: true },
    served: { state: true },
    templateCatalog: { state: true },
    loading: { state: true },
    loadError: { state: true },
    announcement: { state: true },
    choice: { state: true },
  };

  static override styles = rolePickerStyles;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  /**
   * The catalog template to pick from without a server: `photography`, `email-marketing`,
   * `hosting`, `marketplace` or `print-shop`.
   */
  template = '';

  /** A catalog of your own, in place of `template`. */
  catalog: CatalogShape | undefined = undefined;

  /** The workspace's own roles, offered beside the template's. */
  customRoles: CustomRoleOption[] = [];

  /**
   * The permissions the person may grant; the others are shown locked. Leave unset to let
   * everything be granted (the owner's view).
   */
  grantable: string[] | undefined = undefined;

  /**
   * Roles the page cannot give here beside what the person holds, with why: called with
   * everything a role grants (implications included) and the catalog, it answers the sentence
   * shown under a role it locks, or '' for a role that may be given. A hand-picked set it
   * answers for is shown with the sentence too.
   */
  lockRole: ((granted: ReadonlySet<string>, catalog: CatalogShape) => string) | undefined = undefined;

  /** The legend of the roles fieldset. Default: "Role". */
  label = '';

  /** Locks every control, e.g. while the page saves the choice. */
  disabled = false;

  /** What the server said, when the picker asks it (inside a provider, without `template`/`catalog`). */
  served: { catalog: CatalogShape; customRoles: CustomRoleOption[]; grantable: string[] } | undefined = undefined;
  /** The catalog named by `template` once its module is loaded; null when no template has that name. */
  templateCatalog: { template: string; catalog: CatalogShape | null } | undefined = undefined;
  loading = false;
  loadError = '';
  announcement = '';
  choice: RoleChoice | undefined = undefined;

  /**
   * The permissions the person ticked one by one, including ones another tick also grants,
   * so that clearing "Send emails" keeps "Create emails" when it was ticked on its own.
   */
  #ticked = new Set<string>();
  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    enabled: () => !this.#standalone,
    onChange: (c) => {
      this.served = undefined;
      if (c) void this.#load();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.served || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });

  /** The chosen role: `{ template }`, `{ customRoleId }` or `{ permissions }`; undefined before a choice. */
  get value(): RoleChoice | undefined {
    const choice = this.choice;
    if (!choice) return undefined;
    return 'permissions' in choice ? { permissions: [...choice.permissions] } : { ...choice };
  }
  set value(value: RoleChoice | undefined) {
    const catalog = this.activeCatalog;
    if (value && 'permissions' in value) {
      this.#ticked = new Set(value.permissions);
      this.choice = { permissions: catalog ? withoutImplied(catalog, value.permissions) : [...value.permissions].sort() };
    } else {
      this.#ticked = new Set();
      this.choice = value ? { ...value } : undefined;
    }
  }

  /** The catalog in use: the one given, the template's, or the workspace's from the server. */
  get activeCatalog(): CatalogShape | undefined {
    if (this.catalog) return this.catalog;
    if (this.template) return this.templateCatalog?.template === this.template ? (this.templateCatalog.catalog ?? undefined) : undefined;
    return this.served?.catalog;
  }

  get #standalone(): boolean {
    return Boolean(this.catalog || this.template);
  }

  get #customRoles(): CustomRoleOption[] {
    return this.#standalone ? this.customRoles : (this.served?.customRoles ?? []);
  }

  get #grantable(): ReadonlySet<string> | undefined {
    const list = this.#standalone ? this.grantable : this.served?.grantable;
    return list ? new Set(list) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('template') && this.template && this.templateCatalog?.template !== this.template) void this.#loadTemplate(this.template);
    // Hand-picked permissions given before the catalog was known are tidied once it is.
    if (changed.has('catalog') || changed.has('template') || changed.has('served') || changed.has('templateCatalog')) {
      const catalog = this.activeCatalog;
      if (catalog && this.choice && 'permissions' in this.choice) {
        this.choice = { permissions: withoutImplied(catalog, this.#ticked) };
      }
    }
  }

  /**
   * The templates' catalogs are loaded only by a picker given a template: inside a provider the
   * server sends the workspace's own catalog, so a page's start carries none of them.
   */
  async #loadTemplate(template: string): Promise<void> {
    const { catalogs } = await import('./template-catalogs.js');
    if (this.template !== template) return;
    this.templateCatalog = { template, catalog: (catalogs as Record<string, CatalogShape>)[template] ?? null };
  }

  /** Asks the server for the workspace's roles and for what this member may grant. */
  async #load(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    this.loading = true;
    this.loadError = '';
    try {
      const [roles, mine] = await Promise.all([c.api.roles.list.query({ workspace: c.workspace }), c.api.permissions.mine.query({ workspace: c.workspace })]);
      if (!this.#link.isCurrent(ticket)) return;
      this.served = { catalog: roles.catalog, customRoles: roles.customRoles, grantable: mine.grantable };
    } catch (error) {
      if (!this.#link.isCurrent(ticket)) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = info.code === 'FORBIDDEN' ? msg('Your role in this workspace does not allow managing the team.') : errorSentence(info);
    } finally {
      if (this.#link.isCurrent(ticket)) this.loading = false;
    }
  }

  #fireChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #chooseRole(choice: RoleChoice): void {
    const catalog = this.activeCatalog;
    if (!catalog || sameChoice(catalog, choice, this.choice)) return;
    this.#ticked = new Set();
    this.choice = choice;
    this.announcement = '';
    this.#fireChange();
  }

  #chooseOneByOne(): void {
    const catalog = this.activeCatalog;
    if (!catalog || (this.choice && 'permissions' in this.choice)) return;
    // Start from what the chosen role grants: picking one by one usually means "like this, but".
    this.#ticked = new Set(listedPermissions(catalog, this.choice, this.#customRoles));
    this.choice = { permissions: withoutImplied(catalog, this.#ticked) };
    this.announcement = '';
    this.#fireChange();
  }

  #toggle(permission: string, on: boolean): void {
    const catalog = this.activeCatalog;
    if (!catalog) return;
    const before = grantedBy(catalog, this.choice, this.#customRoles);
    if (!this.choice || !('permissions' in this.choice)) this.#ticked = new Set(listedPermissions(catalog, this.choice, this.#customRoles));
    if (on) this.#ticked.add(permission);
    else this.#ticked.delete(permission);
    this.choice = { permissions: withoutImplied(catalog, this.#ticked) };
    const after = grantedBy(catalog, this.choice, this.#customRoles);
    const added = [...after].filter((p) => p !== permission && !before.has(p));
    const label = catalog.permissions[permission]?.label ?? permission;
    this.announcement = on && added.length > 0 ? msg(str`${label} includes ${added.map((p) => catalog.permissions[p]?.label ?? p).join(', ')}.`) : '';
    this.#fireChange();
  }

  protected override render(): TemplateResult {
    const catalog = this.activeCatalog;
    if (!catalog) return html`<div part="base" class="base">${this.#renderNoCatalog()}</div>`;
    const customRoles = this.#customRoles;
    const grantable = this.#grantable;
    const granted = grantedBy(catalog, this.choice, customRoles);
    return html`
      <div part="base" class="base">
        ${renderRoleOptions({
          catalog,
          customRoles,
          grantable,
          choice: this.choice,
          lockRole: this.lockRole,
          label: this.label,
          disabled: this.disabled,
          onChooseRole: (choice) => this.#chooseRole(choice),
          onChooseOneByOne: () => this.#chooseOneByOne(),
        })} ${renderPermissionList({ catalog, granted, grantable, disabled: this.disabled, onToggle: (permission, on) => this.#toggle(permission, on) })}
        ${renderRoleSummary({ catalog, granted, ...this.#summaryTitle(catalog, customRoles) })}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  #renderNoCatalog(): TemplateResult {
    if (this.loadError) {
      return html`
        <p part="error" role="alert">${this.loadError}</p>
        <button part="retry" type="button" @click=${() => void this.#load()}>${msg('Try again')}</button>
      `;
    }
    if (this.loading) return html`<p part="status" role="status">${msg('Loading roles…')}</p>`;
    if (this.template && this.templateCatalog?.template !== this.template) return html`<p part="status" role="status">${msg('Loading roles…')}</p>`;
    if (this.template) return html`<p part="error" role="alert">${msg(str`There is no permission catalog named “${this.template}”.`)}</p>`;
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in to choose a role.'));
    return html`<p part="error">${msg('Give this element a template, or place it inside a <foyer-provider> with a signed-in member.')}</p>`;
  }

  #summaryTitle(catalog: CatalogShape, customRoles: readonly CustomRoleOption[]): { title: string; description?: string } {
    const choice = this.choice;
    if (!choice) return { title: msg('No role chosen yet') };
    if ('template' in choice) {
      const role = catalog.roles[choice.template];
      if (role) return { title: msg(str`What “${role.name}” can do`), description: role.description };
    } else if ('customRoleId' in choice) {
      const role = customRoles.find((r) => r.id === choice.customRoleId);
      if (role) return { title: msg(str`What “${role.name}” can do`), description: role.description };
    }
    return { title: msg('What these permissions allow') };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'role-picker': RolePicker;
  }
}
