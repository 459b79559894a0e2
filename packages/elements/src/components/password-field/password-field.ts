import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import type { PasswordPolicyName, PasswordRule } from '@foyer/schema';
import { passwordPolicies, passwordRuleStatus } from '@foyer/schema/password-rules';
import { FoyerPasswordInputEvent } from '../../events/foyer-password-input-event.js';
import { ruleChange, ruleText, sameText } from './rule-texts.js';
import { passwordFieldStyles } from './password-field.styles.js';

interface ShownRule {
  key: string;
  text: string;
  met: boolean;
}

interface Problem {
  flags: ValidityStateFlags;
  message: string;
}

/**
 * @summary A field for choosing a new password: it lists the rules the password must meet and
 * shows, on every keystroke, which of them it meets. A form around it stays invalid until every
 * rule holds; `confirm` adds a field that must repeat the password.
 *
 * The rules are the server's: pass its `passwordRules` as `rules`, or name a `policy`. The server
 * checks the password again when it is sent; the field only shows how far it is.
 *
 * It takes part in a surrounding `<form>` like a native field: its `name` and password go into
 * the form's `FormData`, `required` and the rules into its validity, and Enter in it submits the
 * form through its default button (not at all while that button is disabled). Inside a shadow
 * root, put it in that root's form. A screen reader hears the rules with the field, and each
 * rule that becomes met (or no longer met) is announced once, politely.
 *
 * @event foyer-password-input - The person typed in either field; `value` (the password) and `valid`.
 * @event input - A native `input` from either field, on every keystroke.
 * @event change - The person changed the password and left the field, as a native field's `change`.
 *
 * @csspart base - The field's outer box.
 * @csspart label - The labels of the password and of its repetition.
 * @csspart input - The password field and the repeated password field.
 * @csspart toggle - The button that shows or hides the password.
 * @csspart rules-label - "Your password needs:", which labels the list of rules.
 * @csspart rules - The list of rules.
 * @csspart rule - One rule.
 * @csspart rule-met - A rule the password meets.
 * @csspart rule-unmet - A rule it does not meet yet.
 * @csspart mark - A rule's mark: ✓ or ○.
 * @csspart mark-met - The mark of a met rule.
 * @csspart mark-unmet - The mark of a rule not met yet.
 * @csspart error - The server's problem with the password.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the field's rows (taken from the form around it when set there).
 * @cssproperty [--input-border-color=var(--foyer-color-border)] - The fields' and the toggle's border.
 * @cssproperty [--input-radius=var(--foyer-radius)]
 * @cssproperty [--toggle-color=var(--foyer-color-accent)] - The show/hide button's text.
 * @cssproperty [--rule-met-color=var(--foyer-color-success)] - A met rule's text and mark.
 * @cssproperty [--rule-unmet-color=var(--foyer-color-text-muted)] - A rule's text and mark while not met.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 */
export class PasswordField extends LitElement {
  static {
    PasswordField.addInitializer(updateWhenLocaleChanges);
  }

  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    rules: { attribute: false },
    policy: {},
    label: {},
    name: { reflect: true },
    autocomplete: {},
    value: { attribute: false },
    confirm: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    error: {},
    repeat: { state: true },
    revealed: { state: true },
    announcement: { state: true },
    formDisabled: { state: true },
  };

  static override styles = passwordFieldStyles;

  /** The rules the password must meet, such as the `passwordRules` of the server's answer. Unset: the rules of `policy`. */
  rules: readonly PasswordRule[] | undefined = undefined;

  /**
   * The named policy whose rules apply while `rules` is unset: `standard` (at least 10
   * characters) or `two-of-each` (also 2 upper-case and 2 lower-case letters, 2 digits and
   * 2 special characters).
   */
  policy: PasswordPolicyName = 'standard';

  /** The password field's label. Default: "Password". */
  label = '';

  /** The name the password is sent under with the form. */
  name = '';

  /** What a browser or password manager may fill in. */
  autocomplete = 'new-password';

  /** The password. A property only: a password does not belong in the page's markup. */
  value = '';

  /** Adds a "Repeat password" field; that both are the same is one more rule. */
  confirm = false;

  /** Locks both fields and the toggle; a disabled field is left out of the form. */
  disabled = false;

  /**
   * An empty field keeps the form from being sent. Without it an empty field is valid (the form
   * sets no password), as with a native field; a password typed must meet every rule.
   */
  required = false;

  /** The server's problem with the password, shown under the field and read with it; typing clears it. */
  error = '';

  repeat = '';
  revealed = false;
  announcement = '';
  /** A disabled fieldset around the field disables it too. */
  formDisabled = false;

  readonly #internals = this.attachInternals();

  /** Whether the password may be sent: every rule holds, the repetition matches, and the server named no problem; or the field is empty and not `required`. */
  get valid(): boolean {
    return this.#problem() === null;
  }

  /** The form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The field's validity, as a native field's: `valueMissing`, `tooShort` (the length rule), `patternMismatch` (a character rule), `customError`. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Why the field is not valid, as a sentence: the rules not met yet, a repetition that differs. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Focuses the password field, also when its repetition has focus: a refused password is retyped there. */
  override focus(options?: FocusOptions): void {
    const input = this.#input;
    if (input) input.focus(options);
    else super.focus(options);
  }

  get #activeRules(): readonly PasswordRule[] {
    if (this.rules) return this.rules;
    return Object.hasOwn(passwordPolicies, this.policy) ? passwordPolicies[this.policy] : passwordPolicies.standard;
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#password') ?? null;
  }

  #shownRules(): ShownRule[] {
    const shown: ShownRule[] = passwordRuleStatus(this.#activeRules, this.value).map((status) => ({ key: status.kind, text: ruleText(status), met: status.met }));
    if (this.confirm) shown.push({ key: 'same', text: sameText(), met: this.repeat !== '' && this.repeat === this.value });
    return shown;
  }

  #problem(): Problem | null {
    if (this.error) return { flags: { customError: true }, message: this.error };
    const repeat = this.confirm ? this.repeat : '';
    if (!this.value && !repeat) return this.required ? { flags: { valueMissing: true }, message: msg('Choose a password.') } : null;
    const unmet = passwordRuleStatus(this.#activeRules, this.value).filter((status) => !status.met);
    if (unmet.length) {
      const flags = unmet.some((status) => status.kind === 'length') ? { tooShort: true } : { patternMismatch: true };
      return { flags, message: msg(str`Not met yet: ${unmet.map(ruleText).join(', ')}.`) };
    }
    if (this.confirm && repeat !== this.value) return { flags: { customError: true }, message: msg('The two passwords are not the same.') };
    return null;
  }

  /** Hands the form the password and the field's validity, anchored at the password field for the browser's message. */
  #syncForm(): void {
    this.#internals.setFormValue(this.value);
    const problem = this.#problem();
    if (problem) this.#internals.setValidity(problem.flags, problem.message, this.#input ?? undefined);
    else this.#internals.setValidity({});
  }

  protected override willUpdate(): void {
    this.#syncForm();
  }

  protected override firstUpdated(): void {
    // Now that the password field exists, the browser's message can point at it.
    this.#syncForm();
  }

  formResetCallback(): void {
    this.value = '';
    this.repeat = '';
    this.error = '';
    this.revealed = false;
    this.announcement = '';
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #handleInput(event: InputEvent): void {
    const input = event.currentTarget as HTMLInputElement;
    const before = this.#shownRules();
    if (input.id === 'repeat') this.repeat = input.value;
    else this.value = input.value;
    this.error = '';
    this.#syncForm();
    this.#announceChanges(before, this.#shownRules());
    this.dispatchEvent(new FoyerPasswordInputEvent(this.value, this.valid));
  }

  /** Says each rule whose state the keystroke changed, and nothing for keystrokes that change none. */
  #announceChanges(before: readonly ShownRule[], after: readonly ShownRule[]): void {
    const was = new Map(before.map((rule) => [rule.key, rule.met]));
    const changed = after.filter((rule) => was.has(rule.key) && was.get(rule.key) !== rule.met);
    if (!changed.length) return;
    const sentences = changed.map((rule) => ruleChange(rule.text, rule.met));
    if (after.every((rule) => rule.met)) sentences.push(msg('The password meets every rule.'));
    this.announcement = sentences.join(' ');
  }

  #handleChange(): void {
    // A native change does not leave the shadow root; the page hears it from the field itself.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Enter submits the form as it does from a native field: through its default button, and not while that is disabled. */
  #handleKeydown(event: KeyboardEvent): void {
    const form = this.#internals.form;
    if (event.key !== 'Enter' || event.isComposing || !form) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (el): el is HTMLButtonElement | HTMLInputElement => (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && (el.type === 'submit' || el.type === 'image'),
    );
    if (submitter?.disabled) return;
    form.requestSubmit(submitter);
  }

  #handleToggle(): void {
    this.revealed = !this.revealed;
    this.announcement = this.revealed ? msg('Your password is shown.') : msg('Your password is hidden.');
  }

  protected override render(): TemplateResult {
    const rules = this.#shownRules();
    return html`
      <div part="base" class="base">
        <label part="label" for="password">${this.label || msg('Password')}</label>
        <div class="control">
          ${this.#renderInput('password', this.value, this.autocomplete)}
          <button
            part="toggle"
            class="toggle"
            type="button"
            aria-controls=${this.confirm ? 'password repeat' : 'password'}
            ?disabled=${this.disabled || this.formDisabled}
            @click=${this.#handleToggle}
          >
            ${this.revealed ? msg('Hide password') : msg('Show password')}
          </button>
        </div>
        ${
          this.confirm
            ? html`
              <label part="label" for="repeat">${msg('Repeat password')}</label>
              <div class="control">${this.#renderInput('repeat', this.repeat, 'new-password')}</div>
            `
            : nothing
        }
        <p part="rules-label" class="rules-label" id="rules-label">${msg('Your password needs:')}</p>
        <ul part="rules" class="rules" id="rules" aria-labelledby="rules-label">
          ${rules.map(
            (rule) => html`
              <li part=${rule.met ? 'rule rule-met' : 'rule rule-unmet'} class=${rule.met ? 'met' : 'unmet'} data-rule=${rule.key}>
                <span part=${rule.met ? 'mark mark-met' : 'mark mark-unmet'} class="mark" aria-hidden="true">${rule.met ? '✓' : '○'}</span>
                <span class="rule-text">${rule.text}</span>
                <span class="visually-hidden">${rule.met ? msg('(met)') : msg('(not met yet)')}</span>
              </li>
            `,
          )}
        </ul>
        ${this.error ? html`<p part="error" class="error" id="error">${this.error}</p>` : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </div>
    `;
  }

  /** The password field or its repetition; the server's problem is with the password, so only that one is marked by it. */
  #renderInput(id: 'password' | 'repeat', value: string, autocomplete: string): TemplateResult {
    const flagged = id === 'password' && Boolean(this.error);
    return html`
      <input
        part="input"
        id=${id}
        type=${this.revealed ? 'text' : 'password'}
        .value=${live(value)}
        autocomplete=${autocomplete}
        autocapitalize="off"
        spellcheck="false"
        ?disabled=${this.disabled || this.formDisabled}
        ?required=${this.required}
        aria-describedby=${flagged ? 'error rules-label rules' : 'rules-label rules'}
        aria-invalid=${flagged ? 'true' : 'false'}
        @input=${this.#handleInput}
        @change=${this.#handleChange}
        @keydown=${this.#handleKeydown}
      />
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'password-field': PasswordField;
  }
}
