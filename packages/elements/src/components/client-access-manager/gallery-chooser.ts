import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Gallery, ReachedGallery } from '@foyer/schema';
import { galleryTree, type GalleryNode } from '../../internal/gallery-tree.js';
import { itemCount } from './format.js';

export interface GalleryChooserOptions {
  /** The workspace's galleries; undefined while they load. */
  galleries: readonly Gallery[] | undefined;
  /** A sentence saying why the galleries could not be loaded. */
  error: string;
  /** The galleries ticked at first: those added by hand. */
  checked: ReadonlySet<string>;
  /** Where the chooser edits an existing access: what it opens now, to name galleries reached through navigation. */
  reach?: ReadonlyMap<string, ReachedGallery>;
  legend: string;
  locale: string;
}

/**
 * The gallery tree as nested lists of checkboxes named `galleryIds`, read from the
 * surrounding form. Each gallery shows whether its navigation setting is on and whether it
 * has a password, in words.
 */
export function renderGalleryChooser(options: GalleryChooserOptions): TemplateResult {
  const { galleries, error } = options;
  let body: TemplateResult;
  if (error) body = html`<p part="error" role="alert">${error}</p>`;
  else if (!galleries) body = html`<p part="loading">${msg('Loading galleries…')}</p>`;
  else if (galleries.length === 0) body = html`<p part="empty">${msg('This workspace has no galleries yet.')}</p>`;
  else body = html`<ul class="tree" role="list">${galleryTree(galleries).map((n) => renderNode(n, options))}</ul>`;
  return html`
    <fieldset part="chooser" class="chooser">
      <legend>${options.legend}</legend>
      <p class="hint" id="chooser-hint">
        ${msg(
          '“Navigation on”: visitors of that gallery can open its sub-galleries and come back up from them. A password guards only the gallery’s direct link; an access opens the gallery without it.',
        )}
      </p>
      ${body}
    </fieldset>
  `;
}

function renderNode(node: GalleryNode, options: GalleryChooserOptions): TemplateResult {
  const g = node.gallery;
  const reached = options.reach?.get(g.id);
  const throughNavigation = reached?.reason === 'navigation';
  return html`
    <li>
      <div class="choice">
        <label part="choice">
          <input
            part="checkbox"
            type="checkbox"
            name="galleryIds"
            value=${g.id}
            .defaultChecked=${options.checked.has(g.id)}
            aria-describedby=${`facts-${g.id}`}
          />
          <span class="title">${g.title}</span>
        </label>
        <span class="gallery-facts" id=${`facts-${g.id}`}>
          ${g.allowNavigation ? html`<span part="tag" class="tag">${msg('navigation on')}</span>` : nothing}
          ${g.hasPassword ? html`<span part="tag" class="tag">${msg('password')}</span>` : nothing}
          <span class="count">${itemCount(g.itemCount, options.locale)}</span>
          ${throughNavigation && reached.via ? html`<span class="reached">${msg(str`opened now through navigation from ${reached.via.title}`)}</span>` : nothing}
        </span>
      </div>
      ${node.children.length > 0 ? html`<ul role="list">${node.children.map((child) => renderNode(child, options))}</ul>` : nothing}
    </li>
  `;
}
