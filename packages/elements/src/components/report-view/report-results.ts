import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReportName, ReportThirdParty } from '@foyer/schema';
import type { ChartController } from '../../internal/chart/chart-controller.js';
import type { DashboardFormat } from '../sales-dashboard/format.js';
import { renderCountedReport } from './report-chart.js';
import type { ReportDownload } from './report-download.js';
import { reportLabel } from './report-labels.js';
import { renderChangeList, type ReportChange } from './report-list.js';
import type { CountedReport } from './report-model.js';
import type { ReportQuery } from './report-requests.js';

/** What the element holds of the report: the choices it was asked with, and the answer so far. */
export interface ReportState {
  readonly report: ReportName;
  readonly accounts: ReadonlyArray<{ handle: string; name: string }>;
  readonly thirdParties: readonly ReportThirdParty[];
  readonly counted: CountedReport | undefined;
  readonly changes: ReportChange[] | undefined;
  readonly nextCursor: string | null;
  readonly loading: boolean;
  readonly loadingMore: boolean;
  readonly loadError: string;
  readonly moreError: string;
  readonly retryable: boolean;
}

export interface ResultsOptions {
  /** The report, period, account and third party the answer shown was asked for. */
  asked: ReportQuery | undefined;
  format: DashboardFormat;
  locale: string;
  chart: ChartController;
  download: Pick<ReportDownload, 'downloading' | 'message' | 'error'>;
  onRetry: () => void;
  onMore: () => void;
  onDownload: () => void;
}

/** What is shown, in the live region: the report, its days and its accounts. */
function statusText(s: ReportState, asked: ReportQuery | undefined, format: DashboardFormat): string {
  if (s.loading) return msg('Loading the report…');
  if (!asked || s.loadError) return '';
  const account = s.accounts.find((a) => a.handle === asked.account);
  const where = account ? account.name : msg('all your accounts');
  return msg(str`${reportLabel(asked.report)} from ${format.day(asked.from)} to ${format.day(asked.to)} (UTC days), of ${where}.`);
}

/** The answer: what is shown and the CSV's button, then the chart, the list, or why there is neither. */
export function renderReportResults(s: ReportState, o: ResultsOptions): TemplateResult {
  const { format, download } = o;
  const body = s.loadError
    ? html`
        <p part="error" role="alert">${s.loadError}</p>
        ${s.retryable ? html`<button part="button" type="button" @click=${o.onRetry}>${msg('Try again')}</button>` : nothing}
      `
    : s.report === 'third-party-changes' && s.thirdParties.length === 0 && !s.loading
      ? html`<p part="empty">${msg('This master account has no third-party users yet.')}</p>`
      : s.counted
        ? renderCountedReport({ counted: s.counted, thirdParties: s.thirdParties, format, chart: o.chart })
        : s.changes
          ? renderChangeList({
              changes: s.changes,
              caption: reportLabel(o.asked?.report ?? s.report),
              locale: o.locale,
              nextCursor: s.nextCursor,
              loadingMore: s.loadingMore,
              moreError: s.moreError,
              onMore: o.onMore,
            })
          : html`<p part="loading">${msg('Loading the report…')}</p>`;
  const canDownload = !s.loadError && !s.loading && o.asked !== undefined && (s.counted !== undefined || s.changes !== undefined);
  return html`
    <div class="toolbar">
      <p part="status" class="status" role="status" aria-live="polite" aria-busy=${s.loading ? 'true' : 'false'}>${download.message || statusText(s, o.asked, format)}</p>
      <button part="button download" type="button" ?disabled=${!canDownload || download.downloading} @click=${o.onDownload}>
        ${download.downloading ? msg('Preparing the CSV file…') : msg('Download CSV')}
      </button>
    </div>
    ${download.error ? html`<p part="error" role="alert">${download.error}</p>` : nothing} ${body}
  `;
}
