import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ContactDetail, ContactsPage, NotificationCategory, UpdateContactInput } from '@foyer/schema';
import '../password-field/define.js';

type Setup = ContactsPage['setup'];

/** What the hosting part of the add and edit form holds while the dialog is open. */
export interface HostingForm {
  /** Signs in to the client area with the permissions below; otherwise only receives notifications. */
  subAccount: boolean;
  permissions: ReadonlySet<string>;
  notifications: ReadonlySet<NotificationCategory>;
  /** How a new sub-account gets in: a password the primary user sets now, or an activation link mailed to them. */
  access: 'password' | 'link';
}

export const notificationCategories: readonly NotificationCategory[] = ['general', 'product', 'domain', 'invoice', 'support', 'affiliate'];

/** The typical choices for the two people a primary user most often adds. */
const presets = {
  accountant: { permissions: ['invoices.pay', 'sso.perform'], notifications: ['invoice'] },
  'web-helper': {
    permissions: ['products.view', 'domains.manage', 'domains.view', 'tickets.open', 'sso.perform', 'orders.place'],
    notifications: ['general', 'product', 'domain', 'support'],
  },
} as const satisfies Record<string, { permissions: readonly string[]; notifications: readonly NotificationCategory[] }>;
type Preset = keyof typeof presets;

/** Whether the workspace's contacts are a hosting account's: some sign in as sub-accounts. */
export const hasSubAccounts = (setup: Setup | undefined): setup is Setup => setup?.kinds.includes('sub-account') ?? false;

/** The form as it opens: empty for a new contact, the contact's own choices when editing one. */
export function hostingFormOf(detail?: ContactDetail): HostingForm {
  return {
    subAccount: detail?.kind === 'sub-account',
    permissions: new Set(detail?.permissions ?? []),
    notifications: new Set(detail?.notifications ?? []),
    access: 'password',
  };
}

/** A sub-account is being made now (added, or turned into one): it needs a way in. */
export const needsAccess = (form: HostingForm, detail?: ContactDetail) => form.subAccount && detail?.kind !== 'sub-account';

/** The hosting fields `contacts.create` takes. `password`: what the password field holds. */
export function hostingCreateInput(form: HostingForm, password: string) {
  if (!form.subAccount) return { kind: 'notification-only' as const, notifications: [...form.notifications] };
  return {
    kind: 'sub-account' as const,
    permissions: [...form.permissions],
    notifications: [...form.notifications],
    ...(form.access === 'password' ? { password } : {}),
  };
}

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) => a.size === b.length && b.every((item) => a.has(item));

/** Only what the person changed of the contact's kind, permissions and notifications, as `contacts.update` takes it. */
export function hostingChanges(detail: ContactDetail, form: HostingForm, password: string): Omit<UpdateContactInput, 'workspace' | 'contactId'> {
  const changes: Omit<UpdateContactInput, 'workspace' | 'contactId'> = {};
  const kind = form.subAccount ? 'sub-account' : 'notification-only';
  if (kind !== detail.kind) changes.kind = kind;
  if (form.subAccount && (changes.kind || !sameSet(form.permissions, detail.permissions))) changes.permissions = [...form.permissions];
  if (!sameSet(form.notifications, detail.notifications)) changes.notifications = [...form.notifications];
  if (needsAccess(form, detail) && form.access === 'password') changes.password = password;
  return changes;
}

/** The sentence under the form's heading in a hosting account. */
export function hostingHint(): string {
  return msg('Name, company and email are worth giving; the rest is optional. The email is unique: a sub-account signs in with it.');
}

function categoryLabel(category: NotificationCategory): string {
  switch (category) {
    case 'general':
      return msg('General emails');
    case 'product':
      return msg('Product emails');
    case 'domain':
      return msg('Domain emails');
    case 'invoice':
      return msg('Invoice emails');
    case 'support':
      return msg('Support emails');
    case 'affiliate':
      return msg('Affiliate emails');
  }
}

export interface HostingFieldsOptions {
  setup: Setup;
  form: HostingForm;
  /** The contact being edited; none when adding one. */
  detail?: ContactDetail;
  fieldErrors: Readonly<Record<string, string>>;
  /** Applies a change to the form as it is then: two quick clicks each see the other's. */
  onChange: (change: (form: HostingForm) => HostingForm) => void;
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}

/** The permissions under the catalog's groups, in the catalog's order. */
function byGroup(setup: Setup): Array<[string, Setup['subAccountPermissions']]> {
  const groups = new Map<string, Setup['subAccountPermissions']>();
  for (const permission of setup.subAccountPermissions) groups.set(permission.group, [...(groups.get(permission.group) ?? []), permission]);
  return [...groups];
}

function applyPreset(o: HostingFieldsOptions, preset: Preset): void {
  const offered = new Set(o.setup.subAccountPermissions.map((p) => p.name));
  const choice = presets[preset];
  o.onChange((form) => ({ ...form, permissions: new Set(choice.permissions.filter((p) => offered.has(p))), notifications: new Set(choice.notifications) }));
}

const checkbox = (id: string, label: string, checked: boolean, onChange: (on: boolean) => void, extra: { indeterminate?: boolean } = {}) => html`
  <label class="check" for=${id}>
    <input
      part="checkbox"
      type="checkbox"
      id=${id}
      .checked=${checked}
      .indeterminate=${extra.indeterminate ?? false}
      @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
    />
    ${label}
  </label>
`;

function renderPermissions(o: HostingFieldsOptions): TemplateResult {
  const all = o.setup.subAccountPermissions.map((p) => p.name);
  const held = all.filter((p) => o.form.permissions.has(p)).length;
  return html`
    <fieldset part="permissions" class="choices">
      <legend>${msg('Client-area permissions')}</legend>
      ${checkbox('permission-all', msg('All permissions'), held === all.length, (on) => o.onChange((form) => ({ ...form, permissions: new Set(on ? all : []) })), {
        indeterminate: held > 0 && held < all.length,
      })}
      ${byGroup(o.setup).map(
        ([group, permissions]) => html`
          <fieldset part="permission-group" class="choices">
            <legend>${group}</legend>
            ${permissions.map((p) =>
              checkbox(`permission-${p.name}`, p.label, o.form.permissions.has(p.name), (on) => o.onChange((form) => ({ ...form, permissions: toggled(form.permissions, p.name, on) }))),
            )}
          </fieldset>
        `,
      )}
    </fieldset>
  `;
}

function renderAccess(o: HostingFieldsOptions): TemplateResult {
  const radio = (value: HostingForm['access'], label: string) => html`
    <label class="check">
      <input part="radio" type="radio" name="access" value=${value} .checked=${o.form.access === value} @change=${() => o.onChange((form) => ({ ...form, access: value }))} />
      ${label}
    </label>
  `;
  return html`
    <fieldset part="access" class="choices">
      <legend>${msg('Signing in')}</legend>
      ${radio('password', msg('Set a password now'))} ${radio('link', msg('Send an activation link'))}
      ${
        o.form.access === 'password'
          ? html`<password-field
              part="password"
              exportparts="label, input, error"
              name="password"
              confirm
              required
              .rules=${o.setup.passwordRules}
              error=${o.fieldErrors.password ?? ''}
            ></password-field>`
          : html`<p class="hint">${msg('They get an email with a link to choose their own password.')}</p>`
      }
    </fieldset>
  `;
}

/**
 * The hosting part of the add and edit form: whether the contact signs in as a sub-account
 * (its permissions, and how it gets in), the notifications it receives, and two buttons that
 * fill in the typical choices for an accountant and a web helper.
 */
export function renderHostingFields(o: HostingFieldsOptions): TemplateResult {
  return html`
    <div part="presets" class="presets" role="group" aria-labelledby="presets-label">
      <span id="presets-label">${msg('Typical choices:')}</span>
      <button part="button preset" type="button" id="preset-accountant" @click=${() => applyPreset(o, 'accountant')}>${msg('Accountant')}</button>
      <button part="button preset" type="button" id="preset-web-helper" @click=${() => applyPreset(o, 'web-helper')}>${msg('Web helper')}</button>
    </div>
    ${checkbox('sub-account', msg('Create a sub-account with client-area access'), o.form.subAccount, (on) => o.onChange((form) => ({ ...form, subAccount: on })))}
    ${o.form.subAccount ? renderPermissions(o) : nothing}
    ${needsAccess(o.form, o.detail) ? renderAccess(o) : nothing}
    <fieldset part="notifications" class="choices">
      <legend>${msg('Email notifications')}</legend>
      ${notificationCategories.map((category) =>
        checkbox(`notification-${category}`, categoryLabel(category), o.form.notifications.has(category), (on) =>
          o.onChange((form) => ({ ...form, notifications: toggled(form.notifications, category, on) })),
        ),
      )}
    </fieldset>
  `;
}
