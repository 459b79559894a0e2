import { html, nothing, type TemplateResult } from 'lit';

/** One button of a dialog's action row, named by the words on it. */
export interface DialogAction {
  label: string;
  /** `danger` for what cannot be taken back, `primary` for the main way forward. */
  tone?: 'plain' | 'primary' | 'danger';
  /** `submit` sends the dialog's form; a `button` runs `onClick`. */
  type?: 'submit' | 'button';
  onClick?: (event: Event) => void;
  disabled?: boolean;
  /** Ids of sentences that say more about the action (a problem with the form, say). */
  describedBy?: string;
}

export interface DialogActionsOptions {
  /** The way out, always first; its words differ (Cancel, Close). */
  cancel: { label: string; onClick: () => void; autofocus?: boolean };
  actions?: readonly DialogAction[];
}

const tones = {
  plain: { part: 'button', className: '' },
  primary: { part: 'button button-primary', className: 'primary' },
  danger: { part: 'button button-danger', className: 'danger' },
} as const;

/**
 * The action row every confirmation ends with: the way out first, then the actions, each a
 * button that says what it does. The way out takes focus where nothing else claims it, so
 * Enter never confirms by accident.
 */
export function renderDialogActions(o: DialogActionsOptions): TemplateResult {
  return html`
    <div class="buttons">
      <button part="button" type="button" class="cancel" ?autofocus=${o.cancel.autofocus ?? true} @click=${o.cancel.onClick}>${o.cancel.label}</button>
      ${(o.actions ?? []).map((a) => {
        const tone = tones[a.tone ?? 'plain'];
        return html`<button
          part=${tone.part}
          class=${tone.className || nothing}
          type=${a.type ?? 'button'}
          ?disabled=${a.disabled ?? false}
          aria-describedby=${a.describedBy || nothing}
          @click=${a.onClick ?? nothing}
        >
          ${a.label}
        </button>`;
      })}
    </div>
  `;
}
