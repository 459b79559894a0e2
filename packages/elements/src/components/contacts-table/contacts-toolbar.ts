import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ContactStatus } from '@foyer/schema';
import type { ContactQuery } from './contact-query.js';
import { contactStatuses, formatNumber, statusLabel } from './format.js';

export type InvitationFilter = 'any' | 'sent' | 'not-sent';

export interface ToolbarOptions {
  query: ContactQuery;
  searchText: string;
  onSearchInput: (event: InputEvent) => void;
  onSearchKey: (event: KeyboardEvent) => void;
  onStatus: (status: ContactStatus, chosen: boolean) => void;
  onInvitation: (filter: InvitationFilter) => void;
  onClear: () => void;
}

/** The search field and the filters by status and invitation, with a way to clear them. */
export function renderToolbar(o: ToolbarOptions): TemplateResult {
  const q = o.query;
  const invitation: InvitationFilter = q.invitationSent === undefined ? 'any' : q.invitationSent ? 'sent' : 'not-sent';
  const filtered = q.status.length > 0 || q.invitationSent !== undefined || o.searchText.trim() !== '';
  return html`
    <div part="toolbar" class="toolbar">
      <div class="field search">
        <label for="search">${msg('Search')}</label>
        <input
          part="search"
          id="search"
          type="search"
          maxlength="200"
          autocomplete="off"
          aria-describedby="search-hint"
          .value=${o.searchText}
          @input=${o.onSearchInput}
          @keydown=${o.onSearchKey}
        />
        <span class="hint" id="search-hint">${msg('Name, email or company')}</span>
      </div>
      <fieldset part="filter" class="filter">
        <legend>${msg('Status')}</legend>
        ${contactStatuses.map(
          (status) => html`<label class="check">
            <input
              type="checkbox"
              name="status"
              value=${status}
              .checked=${q.status.includes(status)}
              @change=${(event: Event) => o.onStatus(status, (event.currentTarget as HTMLInputElement).checked)}
            />
            ${statusLabel(status)}
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="invitation">${msg('Invitation')}</label>
        <select
          part="filter"
          id="invitation"
          .value=${invitation}
          @change=${(event: Event) => o.onInvitation((event.currentTarget as HTMLSelectElement).value as InvitationFilter)}
        >
          <option value="any" ?selected=${invitation === 'any'}>${msg('Sent or not')}</option>
          <option value="sent" ?selected=${invitation === 'sent'}>${msg('Sent')}</option>
          <option value="not-sent" ?selected=${invitation === 'not-sent'}>${msg('Not sent')}</option>
        </select>
      </div>
      ${filtered ? html`<button part="button" class="clear" type="button" @click=${o.onClear}>${msg('Clear search and filters')}</button>` : nothing}
    </div>
  `;
}

export interface BulkBarOptions {
  count: number;
  locale: string;
  onSend: (event: Event) => void;
  onDeactivate: (event: Event) => void;
  onClear: () => void;
}

/** What to do with the selected contacts; shown while any is selected. */
export function renderBulkBar(o: BulkBarOptions): TemplateResult | typeof nothing {
  if (o.count === 0) return nothing;
  return html`
    <div part="bulk-bar" class="bulk-bar" role="group" aria-label=${msg('Selected contacts')}>
      <span class="selected-count">${msg(str`${formatNumber(o.count, o.locale)} selected`)}</span>
      <button part="button" type="button" id="bulk-send" @click=${o.onSend}>${msg('Send activation requests')}</button>
      <button part="button button-danger" class="danger-outline" type="button" id="bulk-deactivate" @click=${o.onDeactivate}>
        ${msg('Deactivate')}
      </button>
      <button part="button" type="button" @click=${o.onClear}>${msg('Clear selection')}</button>
    </div>
  `;
}
