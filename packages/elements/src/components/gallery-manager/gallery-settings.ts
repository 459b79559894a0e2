import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Gallery } from '@foyer/schema';
import { renderField } from '../../internal/form-field.js';
import type { GalleryTree } from './gallery-tree-model.js';
import { navigationSentence } from './navigation-sentence.js';

export interface GallerySettingsOptions {
  gallery: Gallery;
  tree: GalleryTree;
  locale: string;
  /** The navigation checkbox as the owner has set it, saved or not: the sentence follows it. */
  allowNavigation: boolean;
  fieldErrors: Readonly<Record<string, string>>;
  pending: boolean;
  onNavigation: (on: boolean) => void;
  onSave: (event: SubmitEvent) => void;
  onRemovePassword: (event: Event) => void;
  onPlace: (parentId: string | null) => void;
  onReorder: (by: -1 | 1) => void;
  onDelete: (event: Event) => void;
}

/**
 * The chosen gallery's settings: its title, the navigation setting with the sentence of what it
 * opens, its password, where it sits in the tree and its place among its siblings, and deleting it.
 */
export function renderGallerySettings(o: GallerySettingsOptions): TemplateResult {
  const g = o.gallery;
  const { index, count } = o.tree.placeOf(g);
  const parents = o.tree.possibleParents(g);
  const depthOf = new Map(o.tree.inOrder().map(({ gallery, depth }) => [gallery.id, depth]));
  return html`
    <form part="settings" class="settings" aria-labelledby="settings-heading" aria-busy=${o.pending ? 'true' : 'false'} @submit=${o.onSave}>
      <h3 id="settings-heading" tabindex="-1">${msg(str`Settings of “${g.title}”`)}</h3>
      ${renderField({ idPrefix: 'gallery', name: 'title', label: msg('Title'), value: g.title, required: true }, o.fieldErrors)}
      <div part="field" class="field check">
        <label part="label">
          <input
            part="checkbox"
            type="checkbox"
            name="allowNavigation"
            .checked=${o.allowNavigation}
            aria-describedby="navigation-sentence"
            @change=${(e: Event) => o.onNavigation((e.target as HTMLInputElement).checked)}
          />
          ${msg('Allow navigation into sub-galleries and from them back into this gallery')}
        </label>
        <p part="navigation-sentence" class="hint" id="navigation-sentence">${navigationSentence(g, o.allowNavigation, o.tree, o.locale)}</p>
      </div>
      ${renderField(
        {
          idPrefix: 'gallery',
          name: 'password',
          label: g.hasPassword ? msg('New password') : msg('Password'),
          type: 'password',
          autocomplete: 'new-password',
          hint: g.hasPassword
            ? msg('The gallery asks for its password on its direct link. Leave empty to keep it.')
            : msg('Without a password, anyone with the direct link opens the gallery. Clients with an access code never need it.'),
        },
        o.fieldErrors,
      )}
      <div class="buttons">
        <button part="button button-primary" class="primary" type="submit" ?disabled=${o.pending}>${msg('Save')}</button>
        ${g.hasPassword ? html`<button part="button" type="button" ?disabled=${o.pending} @click=${o.onRemovePassword}>${msg('Remove the password')}</button>` : nothing}
      </div>
    </form>
    <div part="placement" class="placement" role="group" aria-labelledby="placement-heading">
      <h4 id="placement-heading">${msg('Place in the tree')}</h4>
      <div part="field" class="field">
        <label part="label" for="gallery-parent">${msg('Inside')}</label>
        <select part="select" id="gallery-parent" ?disabled=${o.pending} @change=${(e: Event) => o.onPlace((e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!g.parentId}>${msg('Top level')}</option>
          ${parents.map((p) => html`<option value=${p.id} ?selected=${p.id === g.parentId}>${'\u2003'.repeat(depthOf.get(p.id) ?? 0)}${p.title}</option>`)}
        </select>
      </div>
      <div class="buttons">
        <button part="button" type="button" ?disabled=${o.pending || index <= 0} @click=${() => o.onReorder(-1)}>${msg('Move up')}</button>
        <button part="button" type="button" ?disabled=${o.pending || index >= count - 1} @click=${() => o.onReorder(1)}>${msg('Move down')}</button>
        <button part="button button-danger" class="danger" type="button" ?disabled=${o.pending} @click=${o.onDelete}>${msg('Delete gallery')}</button>
      </div>
    </div>
  `;
}
