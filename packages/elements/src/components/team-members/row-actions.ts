import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/** One thing a row offers: its id (what the element runs) and the words on its button. */
export interface RowAction {
  id: string;
  label: string;
  /** For what cannot be taken back: the button says so by its look. */
  danger?: boolean;
}

/** How every list of the element shows and opens its rows' actions. */
export interface RowActionsView {
  /** The row whose actions are shown; one at a time. */
  open: string | null;
  /** A command runs: no other starts meanwhile. */
  busy: boolean;
  onToggle: (rowKey: string) => void;
  /** `toggle` is the row's "Actions" button: focus returns there once the action is done. */
  onAction: (actionId: string, rowKey: string, toggle: HTMLElement) => void;
}

/** The row's "Actions" button, the element's only id derived from a row: unique in its shadow root. */
export const toggleId = (rowKey: string) => `actions-${rowKey}`;

/**
 * A row's actions behind one "Actions" button that shows and hides them (a disclosure), so a
 * row stays one line wide however much it offers. Escape hides them again and returns focus
 * to the button. Nothing when the row offers nothing: the server would refuse it all.
 */
export function renderRowActions(rowKey: string, name: string, actions: readonly RowAction[], view: RowActionsView): TemplateResult | typeof nothing {
  if (actions.length === 0) return nothing;
  const open = view.open === rowKey;
  const toggle = (root: EventTarget | null) => ((root as HTMLElement | null)?.getRootNode() as ShadowRoot | null)?.getElementById(toggleId(rowKey)) ?? null;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    const button = toggle(event.currentTarget);
    view.onToggle(rowKey);
    button?.focus();
  };
  return html`
    <div class="row-actions" @keydown=${onKeydown}>
      <button
        part="button actions-toggle"
        type="button"
        id=${toggleId(rowKey)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="actions-list-${rowKey}"
        aria-label=${msg(str`Actions for ${name}`)}
        @click=${() => view.onToggle(rowKey)}
      >
        ${msg('Actions')}
      </button>
      <ul part="actions" class="action-list" id="actions-list-${rowKey}" ?hidden=${!open}>
        ${actions.map(
          (action) => html`
            <li>
              <button
                part=${action.danger ? 'button action button-danger' : 'button action'}
                class=${action.danger ? 'danger' : nothing}
                type="button"
                data-action=${action.id}
                ?disabled=${view.busy}
                @click=${(event: Event) => {
                  const button = toggle(event.currentTarget);
                  if (button) view.onAction(action.id, rowKey, button);
                }}
              >
                ${action.label}
              </button>
            </li>
          `,
        )}
      </ul>
    </div>
  `;
}
