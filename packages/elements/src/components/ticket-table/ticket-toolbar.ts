import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { TicketProductFilter, TicketStatusCounts, TicketType } from '@foyer/schema';
import { isFiltered, type TicketQuery } from './ticket-query.js';
import type { SearchField, TicketSearch } from './ticket-search.js';
import { formatNumber, productFilterLabel, productFilters, statusLabel, ticketStatuses, ticketTypes, typeLabel } from '../../internal/tickets/ticket-format.js';

export interface TicketToolbarOptions {
  search: TicketSearch;
  /** The linked accounts the person works in, to narrow the list to one. */
  accounts: ReadonlyArray<{ handle: string; name: string }>;
  /** How many tickets of each status the other filters match; null while searching. */
  byStatus: TicketStatusCounts | null;
  /** The server's problem with a search field, as a sentence. */
  fieldErrors: Partial<Record<SearchField, string>>;
  locale: string;
}

const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

function select<T extends string>(id: string, label: string, current: T, options: ReadonlyArray<readonly [T, string]>, onChange: (value: T) => void): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select part="filter" id=${id} .value=${current} @change=${(event: Event) => onChange(value(event) as T)}>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
    </select>
  </div>`;
}

function searchField(o: TicketToolbarOptions, field: SearchField, label: string, hint: string, inputmode: string): TemplateResult {
  const error = o.fieldErrors[field];
  const id = `search-${field}`;
  return html`<div class="field search">
    <label for=${id}>${label}</label>
    <input
      part="search"
      id=${id}
      type="search"
      inputmode=${inputmode}
      autocomplete="off"
      spellcheck="false"
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      aria-invalid=${error ? 'true' : nothing}
      .value=${o.search.typed[field]}
      @input=${(event: Event) => o.search.handleSearchInput(field, value(event))}
      @keydown=${o.search.handleSearchKey}
    />
    <span class="hint" id="${id}-hint">${hint}</span>
    ${error ? html`<span part="error" id="${id}-error">${error}</span>` : nothing}
  </div>`;
}

/** The filters (account, ticket type, product type, status with its counts) and the three searches, with a way to clear them. */
export function renderTicketToolbar(o: TicketToolbarOptions): TemplateResult {
  const q: TicketQuery = o.search.query;
  const s = o.search;
  const typedSomething = Object.values(s.typed).some((t) => t.trim() !== '');
  return html`
    <div part="toolbar" class="toolbar">
      ${
        o.accounts.length > 1
          ? select('filter-account', msg('Account'), q.account, [['', msg('All accounts')], ...o.accounts.map((a) => [a.handle, a.name] as const)], s.handleAccount)
          : nothing
      }
      ${select<TicketType | ''>('filter-type', msg('Ticket type'), q.type, [['', msg('All types')], ...ticketTypes.map((t) => [t, typeLabel(t)] as const)], s.handleType)}
      ${select<TicketProductFilter>(
        'filter-product',
        msg('Product type'),
        q.productKind,
        productFilters.map((p) => [p, productFilterLabel(p)] as const),
        s.handleProduct,
      )}
      <fieldset part="filter" class="filter">
        <legend>${msg('Status')}</legend>
        ${ticketStatuses.map((status) => {
          const count = o.byStatus?.[status];
          return html`<label class="check">
            <input
              type="checkbox"
              name="status"
              value=${status}
              .checked=${q.status.includes(status)}
              @change=${(event: Event) => s.handleStatus(status, (event.currentTarget as HTMLInputElement).checked)}
            />
            ${statusLabel(status)}${count === undefined ? nothing : html` <span class="muted" part="status-count">${msg(str`(${formatNumber(count, o.locale)})`)}</span>`}
          </label>`;
        })}
      </fieldset>
    </div>
    <div part="toolbar searches" class="toolbar" role="search" aria-label=${msg('Search tickets')}>
      ${searchField(o, 'customerEmail', msg('Customer email'), msg('All or part of the address'), 'email')}
      ${searchField(o, 'ticketNumber', msg('Ticket number'), msg('For example 1042'), 'numeric')}
      ${searchField(o, 'receiptNumber', msg('Receipt number'), msg('As printed on the receipt'), 'text')}
      ${isFiltered(q) || typedSomething ? html`<button part="button" class="clear" type="button" @click=${s.handleClear}>${msg('Clear search and filters')}</button>` : nothing}
    </div>
  `;
}
