import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isDay, periodPresets, periodProblem, presetLabel, presetPeriod, type Period, type PeriodPreset } from './period.js';

export interface PeriodFormOptions {
  /** The period asked for, which the date fields show. */
  shown: Period;
  /** The preset that period is, or null for dates chosen by hand. */
  preset: PeriodPreset | null;
  /** What is wrong with the period, or ''. */
  error: string;
  onPreset: (preset: PeriodPreset) => void;
  onSubmit: (event: SubmitEvent) => void;
  /** Fields of the element's own that share the form's row (an account, a third party). */
  extra?: TemplateResult;
}

/**
 * The period form of the elements that cover days (the sales dashboard, the reports): the
 * presets as toggle buttons, the two dates (`#from`, `#to`, the end included), the element's
 * own fields, "Show", and the period's problem. Parts: `period`, `preset`, `button`, `label`,
 * `input`, `error`.
 */
export function renderPeriodForm(o: PeriodFormOptions): TemplateResult {
  const invalid = o.error ? 'true' : 'false';
  return html`
    <form part="period" class="filters" aria-label=${msg('Period')} @submit=${o.onSubmit}>
      <div class="presets" role="group" aria-label=${msg('Periods to choose from')}>
        ${periodPresets.map(
          (p) => html`<button part="button preset" type="button" aria-pressed=${o.preset === p ? 'true' : 'false'} @click=${() => o.onPreset(p)}>${presetLabel(p)}</button>`,
        )}
      </div>
      <div class="field">
        <label part="label" for="from">${msg('From')}</label>
        <input part="input" id="from" name="from" type="date" required .value=${o.shown.from} aria-invalid=${invalid} aria-describedby="period-error" />
      </div>
      <div class="field">
        <label part="label" for="to">${msg('To (included)')}</label>
        <input part="input" id="to" name="to" type="date" required .value=${o.shown.to} aria-invalid=${invalid} aria-describedby="period-error" />
      </div>
      ${o.extra ?? ''}
      <button part="button" class="primary" type="submit">${msg('Show')}</button>
      <p part="error" class="error period-error" id="period-error">${o.error}</p>
    </form>
  `;
}

/**
 * The dates typed into the form in `root`, or their problem: the field to put focus on is the
 * first that is not a date.
 */
export function readPeriodForm(root: ParentNode): { period: Period; problem: string; focus: HTMLInputElement | null } {
  const fromInput = root.querySelector<HTMLInputElement>('#from');
  const toInput = root.querySelector<HTMLInputElement>('#to');
  const period = { from: fromInput?.value ?? '', to: toInput?.value ?? '' };
  return { period, problem: periodProblem(period.from, period.to), focus: isDay(period.from) ? toInput : fromInput };
}

/** An element that shows one period at a time: the period asked for, its preset, and what is wrong with dates typed. */
export interface PeriodChoosing {
  shown: Period;
  preset: PeriodPreset | null;
  periodError: string;
  readonly renderRoot: ParentNode;
  refresh(): Promise<void>;
}

/** A preset pressed: its period is asked for, and a problem of typed dates is forgotten. */
export function choosePreset(host: PeriodChoosing, preset: PeriodPreset): void {
  host.preset = preset;
  host.shown = presetPeriod(preset);
  host.periodError = '';
  void host.refresh();
}

/** The typed dates submitted: asked for when they make a period, else their problem is shown at the field that has it. */
export function submitPeriod(host: PeriodChoosing, event: SubmitEvent): void {
  event.preventDefault();
  const typed = readPeriodForm(host.renderRoot);
  host.periodError = typed.problem;
  if (typed.problem) {
    typed.focus?.focus();
    return;
  }
  host.shown = typed.period;
  host.preset = null;
  void host.refresh();
}
