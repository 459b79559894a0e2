import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { isFiltered, type QueryField, type TransactionQuery } from './transaction-query.js';
import { kindLabel, transactionKinds } from './transaction-format.js';

export interface FiltersOptions {
  query: TransactionQuery;
  accounts: ReadonlyArray<{ handle: string; name: string }>;
  /** A field's problem, as a sentence. */
  problems: Partial<Record<QueryField, string>>;
  busy: boolean;
  onSubmit: (event: SubmitEvent) => void;
  /** Called with the form, which it empties of what was typed but not yet sent as well. */
  onClear: (form: HTMLFormElement) => void;
}

interface FieldSpec {
  name: Exclude<QueryField, 'kinds' | 'account'>;
  label: string;
  hint?: string;
  type?: string;
  inputmode?: string;
}

function field(o: FiltersOptions, spec: FieldSpec): TemplateResult {
  const id = `filter-${spec.name}`;
  const problem = o.problems[spec.name];
  const described = [spec.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${id}>${spec.label}</label>
    <input
      part="input"
      id=${id}
      name=${spec.name}
      type=${spec.type ?? 'text'}
      inputmode=${spec.inputmode ?? nothing}
      autocomplete="off"
      spellcheck="false"
      .value=${o.query[spec.name]}
      aria-describedby=${described || nothing}
      aria-invalid=${problem ? 'true' : nothing}
    />
    ${spec.hint ? html`<span class="hint" id="${id}-hint">${spec.hint}</span>` : nothing}
    ${problem ? html`<span part="error" id="${id}-error">${problem}</span>` : nothing}
  </div>`;
}

/**
 * The search form: the period (UTC days), receipt number, customer, product, kinds and amount
 * range, and the account where the person works in several. It searches when sent, with
 * Enter in any field or its button.
 *
 * The fields take the query last sent only when it changes, never `live`: the table renders
 * again whenever a page arrives, and what the person is typing meanwhile must stay.
 */
export function renderFilters(o: FiltersOptions): TemplateResult {
  const q = o.query;
  return html`
    <form part="toolbar" class="toolbar filters" role="search" aria-label=${msg('Search transactions')} novalidate @submit=${o.onSubmit}>
      ${
        o.accounts.length > 1
          ? html`<div class="field">
            <label for="filter-account">${msg('Account')}</label>
            <select part="filter" id="filter-account" name="account" .value=${q.account}>
              <option value="" ?selected=${q.account === ''}>${msg('All accounts')}</option>
              ${o.accounts.map((a) => html`<option value=${a.handle} ?selected=${q.account === a.handle}>${a.name}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${field(o, { name: 'from', label: msg('From'), hint: msg('First day, UTC'), type: 'date' })}
      ${field(o, { name: 'to', label: msg('To'), hint: msg('Last day, UTC'), type: 'date' })}
      ${field(o, { name: 'receiptNumber', label: msg('Receipt number') })}
      ${field(o, { name: 'customer', label: msg('Customer'), hint: msg('Part of the name or email') })}
      ${field(o, { name: 'productSku', label: msg('Product code') })}
      ${field(o, { name: 'minAmount', label: msg('Amount from'), hint: msg('Such as 12.50'), inputmode: 'decimal' })}
      ${field(o, { name: 'maxAmount', label: msg('Amount to'), hint: msg('Such as 99.90'), inputmode: 'decimal' })}
      <fieldset part="filter" class="filter">
        <legend>${msg('Kind')}</legend>
        ${transactionKinds.map((kind) => html`<label class="check"><input type="checkbox" name="kinds" value=${kind} .checked=${q.kinds.includes(kind)} />${kindLabel(kind)}</label>`)}
      </fieldset>
      ${o.problems.kinds ? html`<span part="error">${o.problems.kinds}</span>` : nothing}
      <div class="buttons">
        <button part="button button-primary" class="primary" type="submit" ?disabled=${o.busy}>${msg('Search')}</button>
        ${isFiltered(q) ? html`<button part="button" type="button" @click=${(event: Event) => o.onClear((event.currentTarget as HTMLButtonElement).form!)}>${msg('Clear the search')}</button>` : nothing}
      </div>
    </form>
  `;
}
