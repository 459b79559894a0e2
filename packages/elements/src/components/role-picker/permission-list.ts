import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CatalogShape } from '@foyer/schema';
import { includedIn, permissionGroups, permissionLabels } from './role-model.js';

export interface PermissionListInput {
  catalog: CatalogShape;
  /** Everything the chosen role grants, implications included: these boxes are ticked. */
  granted: ReadonlySet<string>;
  /** What the person may grant; undefined when nothing limits them. */
  grantable: ReadonlySet<string> | undefined;
  disabled: boolean;
  onToggle: (permission: string, on: boolean) => void;
}

/**
 * Every permission under its group, with its description; one another ticked permission
 * includes is locked and names what includes it, one the person does not hold is locked with why.
 */
export function renderPermissionList(o: PermissionListInput): TemplateResult {
  const { catalog, granted, grantable } = o;
  let index = 0;
  return html`
    <div part="permissions" class="permissions">
      <p class="hint">${msg('Ticking or clearing a permission makes the choice a set of its own.')}</p>
      ${permissionGroups(catalog).map(
        (group) => html`
          <fieldset part="group" class="group" ?disabled=${o.disabled}>
            <legend part="legend">${group.name}</legend>
            ${group.permissions.map(({ key, definition }) => {
              const id = `permission-${index++}`;
              const includers = granted.has(key) ? includedIn(catalog, key, granted) : [];
              const locked = grantable !== undefined && !grantable.has(key);
              const described = [`${id}-description`, includers.length ? `${id}-included` : '', locked ? `${id}-reason` : ''].filter(Boolean).join(' ');
              return html`
                <div part="permission" class="permission" data-permission=${key}>
                  <input
                    part="checkbox"
                    type="checkbox"
                    id=${id}
                    .checked=${granted.has(key)}
                    ?disabled=${includers.length > 0 || locked}
                    aria-describedby=${described}
                    @change=${(event: Event) => o.onToggle(key, (event.target as HTMLInputElement).checked)}
                  />
                  <label part="permission-label" for=${id}>${definition.label}</label>
                  <p part="description" class="description" id="${id}-description">${definition.description}</p>
                  ${
                    includers.length
                      ? html`<p part="included" class="included" id="${id}-included">
                        ${msg(str`Included in ${permissionLabels(catalog, includers)}.`)}
                      </p>`
                      : nothing
                  }
                  ${
                    locked
                      ? html`<p part="reason" class="reason" id="${id}-reason">
                        ${msg('You cannot grant this permission: you do not hold it yourself.')}
                      </p>`
                      : nothing
                  }
                </div>
              `;
            })}
          </fieldset>
        `,
      )}
    </div>
  `;
}
