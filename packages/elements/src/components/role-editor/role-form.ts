import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { CatalogShape, CustomRole } from '@foyer/schema';
import '../role-picker/define.js';

/** A problem with the form, by where it is shown. */
export interface RoleFormErrors {
  name?: string;
  permissions?: string;
  form?: string;
}

export interface RoleFormView {
  /** The role being edited; null while a new one is built. */
  editing: CustomRole | null;
  catalog: CatalogShape;
  /** What the signed-in person may grant; the picker locks the rest. */
  grantable: string[] | undefined;
  name: string;
  description: string;
  errors: RoleFormErrors;
  pending: boolean;
  onName: (value: string) => void;
  onDescription: (value: string) => void;
  onSubmit: (event: SubmitEvent) => void;
  onCancel: () => void;
}

/** Names a permission set and saves it as a role of the workspace: a new one, or the one being edited. */
export function renderRoleForm(v: RoleFormView): TemplateResult {
  const editing = v.editing;
  return html`
    <form part="form" class="form" novalidate aria-labelledby="form-title" aria-busy=${v.pending ? 'true' : 'false'} @submit=${v.onSubmit}>
      <h3 id="form-title">${editing ? msg(str`Edit the role “${editing.name}”`) : msg('Build a role')}</h3>
      <div class="field">
        <label part="label" for="role-name">${msg('Name')}</label>
        <input
          part="input"
          id="role-name"
          name="name"
          autocomplete="off"
          maxlength="80"
          .value=${live(v.name)}
          aria-invalid=${v.errors.name ? 'true' : 'false'}
          aria-describedby="role-name-error"
          @input=${(e: Event) => v.onName((e.target as HTMLInputElement).value)}
        />
        <p part="error" class="error" id="role-name-error">${v.errors.name ?? ''}</p>
      </div>
      <div class="field">
        <label part="label" for="role-description">${msg('Description')} <span class="optional">${msg('(optional)')}</span></label>
        <textarea
          part="input"
          id="role-description"
          name="description"
          rows="2"
          maxlength="500"
          .value=${live(v.description)}
          @input=${(e: Event) => v.onDescription((e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </div>
      <role-picker
        part="role-picker"
        label=${msg('Permissions: start from a role, or choose them one by one')}
        .catalog=${v.catalog}
        .grantable=${v.grantable}
        ?disabled=${v.pending}
        aria-describedby="role-permissions-error"
      ></role-picker>
      <p part="error" class="error" id="role-permissions-error">${v.errors.permissions ?? ''}</p>
      ${v.errors.form ? html`<p part="error" role="alert">${v.errors.form}</p>` : nothing}
      <div class="buttons">
        <button part="button button-primary" class="primary" type="submit" ?disabled=${v.pending}>
          ${v.pending ? msg('Saving…') : editing ? msg('Save changes') : msg('Save role')}
        </button>
        ${editing ? html`<button part="button" type="button" ?disabled=${v.pending} @click=${v.onCancel}>${msg('Cancel editing')}</button>` : nothing}
      </div>
    </form>
  `;
}
