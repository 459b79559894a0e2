import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CatalogShape, RoleChoice } from '@foyer/schema';
import { grantedBy, notGrantable, permissionLabels, type CustomRoleOption } from './role-model.js';

export interface RoleOptionsInput {
  catalog: CatalogShape;
  customRoles: readonly CustomRoleOption[];
  /** What the person may grant; undefined when nothing limits them. */
  grantable: ReadonlySet<string> | undefined;
  choice: RoleChoice | undefined;
  /** The page's own locks: the sentence under a role it locks, or ''. */
  lockRole: ((granted: ReadonlySet<string>, catalog: CatalogShape) => string) | undefined;
  label: string;
  disabled: boolean;
  onChooseRole: (choice: RoleChoice) => void;
  onChooseOneByOne: () => void;
}

interface RoleOption {
  id: string;
  pick: RoleChoice;
  checked: boolean;
  name: string;
  description: string;
  blocked: string[];
  locked: string;
}

/**
 * The roles fieldset: the template's roles, the workspace's own, and the choice to pick
 * permissions one by one; a role the person or the page cannot give is locked with why.
 */
export function renderRoleOptions(o: RoleOptionsInput): TemplateResult {
  const { catalog, customRoles, grantable, choice } = o;
  const locked = (pick: RoleChoice) => o.lockRole?.(grantedBy(catalog, pick, customRoles), catalog) ?? '';
  const templateRoles = Object.entries(catalog.roles).map(([key, role], index) => ({
    id: `role-template-${index}`,
    pick: { template: key } as RoleChoice,
    checked: Boolean(choice && 'template' in choice && choice.template === key),
    name: role.name,
    description: role.description,
    blocked: notGrantable(catalog, role.permissions, grantable),
    locked: locked({ template: key }),
  }));
  const ownRoles = customRoles.map((role, index) => ({
    id: `role-custom-${index}`,
    pick: { customRoleId: role.id } as RoleChoice,
    checked: Boolean(choice && 'customRoleId' in choice && choice.customRoleId === role.id),
    name: role.name,
    description: role.description,
    blocked: notGrantable(catalog, role.permissions, grantable),
    locked: locked({ customRoleId: role.id }),
  }));
  const oneByOne = Boolean(choice && 'permissions' in choice);
  const pickedLocked = oneByOne && choice ? locked(choice) : '';
  return html`
    <fieldset part="roles" class="roles" ?disabled=${o.disabled}>
      <legend part="legend">${o.label || msg('Role')}</legend>
      <div class="options">${templateRoles.map((role) => renderRoleOption(o, role))}</div>
      ${
        ownRoles.length === 0
          ? nothing
          : html`
            <p class="subheading" id="own-roles">${msg('Roles of this workspace')}</p>
            <div class="options" role="group" aria-labelledby="own-roles">
              ${ownRoles.map((role) => renderRoleOption(o, role))}
            </div>
          `
      }
      <div part="role-option" class="option ${oneByOne ? 'selected' : ''}">
        <input
          part="radio"
          type="radio"
          name="role"
          id="role-one-by-one"
          .checked=${oneByOne}
          aria-describedby=${pickedLocked ? 'role-one-by-one-description role-one-by-one-reason' : 'role-one-by-one-description'}
          @change=${() => o.onChooseOneByOne()}
        />
        <label part="role-name" for="role-one-by-one">${msg('Choose permissions one by one')}</label>
        <p part="description" class="description" id="role-one-by-one-description">
          ${msg('Start from the role chosen above and tick or clear permissions below.')}
        </p>
        ${pickedLocked ? html`<p part="reason" class="reason" id="role-one-by-one-reason" role="status">${pickedLocked}</p>` : nothing}
      </div>
    </fieldset>
  `;
}

function renderRoleOption(o: RoleOptionsInput, role: RoleOption): TemplateResult {
  const reason = role.blocked.length ? msg(str`You cannot grant this role: it includes ${permissionLabels(o.catalog, role.blocked)}, which you do not hold yourself.`) : role.locked;
  return html`
    <div part="role-option" class="option ${role.checked ? 'selected' : ''}">
      <input
        part="radio"
        type="radio"
        name="role"
        id=${role.id}
        .checked=${role.checked}
        ?disabled=${reason !== ''}
        aria-describedby=${reason ? `${role.id}-description ${role.id}-reason` : `${role.id}-description`}
        @change=${() => o.onChooseRole(role.pick)}
      />
      <label part="role-name" for=${role.id}>${role.name}</label>
      <p part="description" class="description" id="${role.id}-description">${role.description}</p>
      ${reason ? html`<p part="reason" class="reason" id="${role.id}-reason">${reason}</p>` : nothing}
    </div>
  `;
}
