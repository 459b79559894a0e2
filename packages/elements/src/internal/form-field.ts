import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** A field's problem as the server words it ("must be at least 6 characters"), as a sentence. */
export function fieldSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  return `${text[0]!.toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export interface FieldOptions {
  /** The form control's name; with `idPrefix`, its id. */
  name: string;
  /** Prefix of the control's id, unique within the element's shadow root. */
  idPrefix: string;
  /** The key of the field in the server's field errors, when it differs from `name`. */
  errorKey?: string;
  label: string;
  hint?: string;
  type?: string;
  value?: string;
  required?: boolean;
  autocomplete?: string;
  /** Takes focus when the form opens in a dialog. */
  autofocus?: boolean;
  multiline?: boolean;
  extra?: TemplateResult | typeof nothing;
}

/**
 * A labelled input with its hint and the server's problem with it, tied together for screen
 * readers (`aria-describedby`, `aria-invalid`); the element's form focuses the first invalid one.
 */
export function renderField(options: FieldOptions, errors: Readonly<Record<string, string>>): TemplateResult {
  const id = `${options.idPrefix}-${options.name}`;
  const error = errors[options.errorKey ?? options.name];
  const described = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const describedBy = described || nothing;
  const invalid = error ? 'true' : nothing;
  const control = options.multiline
    ? html`<textarea
        part="input"
        id=${id}
        name=${options.name}
        rows="3"
        .defaultValue=${options.value ?? ''}
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
      ></textarea>`
    : html`<input
        part="input"
        id=${id}
        name=${options.name}
        type=${options.type ?? 'text'}
        .defaultValue=${options.value ?? ''}
        ?required=${options.required}
        ?autofocus=${options.autofocus}
        autocomplete=${options.autocomplete ?? 'off'}
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${invalid}
      />`;
  return html`
    <div part="field" class="field">
      <label part="label" for=${id}>${options.label}${options.required ? nothing : html` <span class="optional">${msg('(optional)')}</span>`}</label>
      ${control}
      ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      ${error ? html`<p part="error" class="field-error" id=${`${id}-error`}>${fieldSentence(error)}</p>` : nothing}
      ${options.extra ?? nothing}
    </div>
  `;
}
