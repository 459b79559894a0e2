import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CatalogShape, CustomRole, RoleHolder } from '@foyer/schema';
import { expandPermissions } from '@foyer/schema/permissions';
import { notGrantable } from '../role-picker/role-model.js';

export interface RoleListView {
  roles: readonly CustomRole[];
  catalog: CatalogShape;
  /** What the signed-in person may grant; undefined when nothing limits them. */
  grantable: ReadonlySet<string> | undefined;
  onEdit: (role: CustomRole, button: HTMLElement) => void;
  onDelete: (role: CustomRole, button: HTMLElement) => void;
}

const labelsOf = (catalog: CatalogShape, permissions: Iterable<string>) => [...permissions].map((p) => catalog.permissions[p]?.label ?? p).join(', ');

function holderName(holder: RoleHolder): string {
  if (holder.invited) return msg(str`the invitation to ${holder.email}`);
  return holder.name ? `${holder.name} (${holder.email})` : holder.email;
}

/** Who holds a role, as a sentence's list: the names the server sent, and how many more there are. */
export function holderNames(role: CustomRole): string {
  const names = role.heldBy.map(holderName);
  const more = role.holders - role.heldBy.length;
  if (more > 0) names.push(more === 1 ? msg('one more') : msg(str`${more} more`));
  return names.join(', ');
}

/** The workspace's own roles: what each grants, who holds it, and what the person may do with it. */
export function renderRoleList(v: RoleListView): TemplateResult {
  if (v.roles.length === 0) {
    return html`<p part="empty" id="role-list" tabindex="-1">${msg('This workspace has no roles of its own yet. Build one below.')}</p>`;
  }
  return html`
    <ul part="list" class="roles" id="role-list" tabindex="-1" aria-labelledby="roles-title">
      ${v.roles.map((role) => renderRole(v, role))}
    </ul>
  `;
}

function renderRole(v: RoleListView, role: CustomRole): TemplateResult {
  const id = `role-${role.id}`;
  const beyond = notGrantable(v.catalog, role.permissions, v.grantable);
  const held = role.holders > 0;
  return html`
    <li part="role" class="role" data-role-id=${role.id} aria-labelledby="${id}-name">
      <h4 part="role-name" id="${id}-name">${role.name}</h4>
      ${role.description ? html`<p part="description">${role.description}</p>` : nothing}
      <p part="grants">${msg(str`Can: ${labelsOf(v.catalog, [...expandPermissions(v.catalog, role.permissions)].sort())}.`)}</p>
      <p part="holders" id="${id}-holders">
        ${held ? msg(str`Held by ${holderNames(role)}. It can be deleted once nobody holds it: give them another role first.`) : msg('Nobody holds it.')}
      </p>
      ${
        beyond.length > 0
          ? html`<p part="reason" id="${id}-reason">
              ${msg(str`You cannot change this role: it grants ${labelsOf(v.catalog, beyond)}, which you do not hold yourself.`)}
            </p>`
          : html`
              <div class="buttons">
                <button
                  part="button"
                  type="button"
                  data-action="edit"
                  aria-describedby="${id}-name"
                  @click=${(e: Event) => v.onEdit(role, e.currentTarget as HTMLElement)}
                >
                  ${msg('Edit')}
                </button>
                ${
                  held
                    ? nothing
                    : html`<button
                        part="button button-danger"
                        class="danger"
                        type="button"
                        data-action="delete"
                        aria-describedby="${id}-name"
                        @click=${(e: Event) => v.onDelete(role, e.currentTarget as HTMLElement)}
                      >
                        ${msg('Delete')}
                      </button>`
                }
              </div>
            `
      }
    </li>
  `;
}
