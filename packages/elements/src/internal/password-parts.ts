import { html, type TemplateResult } from 'lit';
import type { PasswordRule } from '@foyer/schema';
import type { FoyerPasswordInputEvent } from '../events/foyer-password-input-event.js';

/**
 * The `exportparts` of a `<password-field>` inside another element: its fields and its error as
 * the holder's own `label`, `input` and `error`, the rest named for the password
 * (`password-toggle`, `password-rule-met` …), so a page styles them through the holder.
 */
export const passwordFieldParts = [
  'label',
  'input',
  'error',
  ...['toggle', 'rules-label', 'rules', 'rule', 'rule-met', 'rule-unmet', 'mark', 'mark-met', 'mark-unmet'].map((part) => `${part}: password-${part}`),
].join(', ');

export interface NewPasswordField {
  /** The server's rules for this password; unset, the standard policy's. */
  rules?: readonly PasswordRule[];
  /** The field's label; unset, "Password". */
  label?: string;
  /** Why the server refused the password, as a sentence. */
  error: string;
  onInput: (event: FoyerPasswordInputEvent) => void;
}

/** The `<password-field>` of a form where someone chooses a new password, with its repetition, its parts exported as the holder's. */
export function renderNewPassword(o: NewPasswordField): TemplateResult {
  return html`<password-field
    part="password"
    exportparts=${passwordFieldParts}
    name="password"
    label=${o.label ?? ''}
    confirm
    required
    .rules=${o.rules}
    .error=${o.error}
    @foyer-password-input=${o.onInput}
  ></password-field>`;
}
