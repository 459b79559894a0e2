import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ReportChangesPage } from '@foyer/schema';
import { actorLabel, changeSentence, ticketName } from '../../internal/tickets/ticket-format.js';

export type ReportChange = ReportChangesPage['changes'][number];

/** A list report's rows loaded so far, and how its next page is asked for. */
export interface ChangeListView {
  changes: ReportChange[];
  caption: string;
  locale: string;
  nextCursor: string | null;
  loadingMore: boolean;
  moreError: string;
  onMore: () => void;
}

/** The table of a list report (changes, comments), newest first, with "Show more" while pages remain. */
export function renderChangeList(view: ChangeListView): TemplateResult {
  const { changes, caption, locale } = view;
  if (changes.length === 0) return html`<p part="empty">${msg('Nothing this report lists happened in this period.')}</p>`;
  return html`
    <div class="table-wrap list-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part="list" class="stackable">
        <caption>${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('When (UTC)')}</th>
            <th scope="col">${msg('Ticket')}</th>
            <th scope="col">${msg('Account')}</th>
            <th scope="col">${msg('Who')}</th>
            <th scope="col">${msg('What')}</th>
          </tr>
        </thead>
        <tbody>
          ${changes.map(
            (row) => html`<tr data-ticket=${row.ticket}>
              <th scope="row" data-label=${msg('When (UTC)')}><time datetime=${row.change.at}>${utcDateTime(row.change.at, locale)}</time></th>
              <td data-label=${msg('Ticket')}>${ticketName(row.ticket)}</td>
              <td data-label=${msg('Account')}>${row.account.name}</td>
              <td data-label=${msg('Who')}>${actorLabel(row.change.actor)}</td>
              <td data-label=${msg('What')}>
                ${changeSentence(row.change, locale)} ${'text' in row.change && row.change.text && row.change.kind !== 'opened' ? html`<q class="text">${row.change.text}</q>` : nothing}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${view.moreError ? html`<p part="error" role="alert">${view.moreError}</p>` : nothing}
    ${
      view.nextCursor
        ? html`<button part="button more" type="button" ?disabled=${view.loadingMore} @click=${view.onMore}>
          ${view.loadingMore ? msg('Loading more…') : msg('Show more')}
        </button>`
        : nothing
    }
  `;
}

/** An instant as the list shows it, in UTC as the report's days are. */
function utcDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().replace('T', ' ').slice(0, 16);
  }
}
