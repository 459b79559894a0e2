import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CatalogShape } from '@foyer/schema';

export interface SummaryInput {
  catalog: CatalogShape;
  /** Everything the chosen role grants, implications included. */
  granted: ReadonlySet<string>;
  /** The heading: what is summed up. */
  title: string;
  /** The role's own description, where it has one. */
  description?: string;
}

/**
 * What the chosen role can and cannot do, in words, from the catalog's own data: each
 * permission it grants with its description, each it does not by its label, and the areas
 * only the owner ever opens.
 */
export function renderRoleSummary({ catalog, granted, title, description }: SummaryInput): TemplateResult {
  const entries = Object.entries(catalog.permissions);
  const can = entries.filter(([key]) => granted.has(key));
  const cannot = entries.filter(([key]) => !granted.has(key));
  const ownerOnly = Object.values(catalog.ownerOnly);
  return html`
    <section part="summary" class="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" part="summary-title">${title}</h3>
      ${description ? html`<p part="summary-description">${description}</p>` : nothing}
      <div class="summary-columns">
        <div>
          <h4 id="summary-can">${msg('Can')}</h4>
          ${
            can.length === 0
              ? html`<p part="summary-empty" class="muted">${msg('Nothing yet: choose a role or at least one permission.')}</p>`
              : html`<ul part="summary-can" aria-labelledby="summary-can">
                ${can.map(([, p]) => html`<li><strong>${p.label}</strong> — ${p.description}</li>`)}
              </ul>`
          }
        </div>
        <div>
          <h4 id="summary-cannot">${msg('Cannot')}</h4>
          ${
            cannot.length === 0
              ? html`<p part="summary-empty" class="muted">${msg('Nothing: this role holds every permission a role can hold.')}</p>`
              : html`<ul part="summary-cannot" aria-labelledby="summary-cannot">
                ${cannot.map(([, p]) => html`<li>${p.label}</li>`)}
              </ul>`
          }
        </div>
      </div>
      ${
        ownerOnly.length === 0
          ? nothing
          : html`
            <h4 id="summary-never">${msg('Never, whatever the role')}</h4>
            <p class="muted">${msg('Only the owner of the workspace opens these:')}</p>
            <ul part="summary-never" aria-labelledby="summary-never">
              ${ownerOnly.map((area) => html`<li><strong>${area.name}</strong> — ${area.description}</li>`)}
            </ul>
          `
      }
    </section>
  `;
}
