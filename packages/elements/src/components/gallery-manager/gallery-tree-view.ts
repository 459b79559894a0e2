import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Gallery } from '@foyer/schema';
import type { GalleryQuestion } from './gallery-dialogs.js';
import type { GalleryTree } from './gallery-tree-model.js';

export interface GalleryTreePanelOptions {
  tree: GalleryTree;
  selected: Gallery | undefined;
  onSelect: (galleryId: string) => void;
  onAsk: (question: GalleryQuestion, event: Event) => void;
}

/** The studio's left side: every gallery nested as the tree is, and the buttons that create one. */
export function renderGalleryTreePanel(o: GalleryTreePanelOptions): TemplateResult {
  const selected = o.selected;
  return html`
    <nav class="tree-panel" aria-label=${msg('Galleries')}>
      ${renderBranch(o, null)}
      ${o.tree.inOrder().length === 0 ? html`<p part="empty">${msg('No galleries yet. Create the first one.')}</p>` : nothing}
      <div class="buttons">
        <button part="button new-gallery" id="new-gallery" type="button" @click=${(e: Event) => o.onAsk({ kind: 'create', parent: null }, e)}>
          ${msg('New gallery')}
        </button>
        ${
          selected
            ? html`<button part="button" type="button" @click=${(e: Event) => o.onAsk({ kind: 'create', parent: selected }, e)}>
              ${msg(str`New gallery in “${selected.title}”`)}
            </button>`
            : nothing
        }
      </div>
    </nav>
  `;
}

function renderBranch(o: GalleryTreePanelOptions, parent: string | null): TemplateResult | typeof nothing {
  const children = o.tree.childrenOf(parent);
  if (children.length === 0) return nothing;
  return html`<ul part="tree" class="tree">
    ${children.map(
      (g) => html`<li>
        <button
          part="tree-item"
          class="tree-item"
          type="button"
          data-gallery-id=${g.id}
          aria-current=${g.id === o.selected?.id ? 'true' : nothing}
          @click=${() => o.onSelect(g.id)}
        >
          <span class="tree-title">${g.title}</span>
          <span class="tree-count muted">${g.itemCount === 1 ? msg('1 picture') : msg(str`${g.itemCount} pictures`)}${g.hasPassword ? html` · ${msg('password')}` : nothing}</span>
        </button>
        ${renderBranch(o, g.id)}
      </li>`,
    )}
  </ul>`;
}
