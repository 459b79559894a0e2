import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { ReportName, ReportThirdParty } from '@foyer/schema';
import { reportNames } from '@foyer/schema/report-names';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ChartController, type ChartContent } from '../../internal/chart/chart-controller.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { periodPresets, periodRefusal, presetPeriod, type Period, type PeriodPreset } from '../../internal/period/period.js';
import { choosePreset, renderPeriodForm, submitPeriod } from '../../internal/period/period-form.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import { dashboardFormat, type DashboardFormat } from '../sales-dashboard/format.js';
import { chartContent, type CountedView } from './report-chart.js';
import { renderReportChooser, renderScopeFields } from './report-choices.js';
import { ReportDownload } from './report-download.js';
import { reportRefusal } from './report-labels.js';
import type { ReportChange } from './report-list.js';
import { thirdPartyChoice, type CountedReport } from './report-model.js';
import { askReport, type ReportQuery } from './report-requests.js';
import { renderReportResults } from './report-results.js';
import { reportViewStyles } from './report-view.styles.js';

/** Refusals after which the element shows only their sentence: nothing here may be asked. */
const refusals = ['FORBIDDEN', 'NOT_A_MASTER_ACCOUNT', 'NOT_A_MEMBER', 'API_USER_NO_INTERFACE'];

/**
 * @summary A master account's reports on its tickets and on its third parties' work: for its
 * owner and its users holding Reports (Manage users includes it), of the linked accounts each
 * works in.
 *
 * Choose the report, the period (a preset, or two dates: whole UTC days, both included), all
 * accounts or one, and — where the report takes one — a third party (any user of the master
 * account but its owner, API-only users such as a shop's back-end among them). Reports that
 * count are drawn as stacked bars, one colour per series, with a legend and the chart's numbers
 * as a table; the lists of changes and comments are tables, newest first, with "Show more". Every
 * report downloads as a CSV file holding the same numbers. The server decides who sees what: a
 * person without Reports is told so in a sentence. The chart's code is fetched only when a
 * chart is shown.
 *
 * Place it in a `<foyer-provider>` with the person's session, or give the master account's
 * handle in `workspace`.
 *
 * @slot heading - Your own words for the heading, in place of "Reports".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart chooser - The report's choice and its description.
 * @csspart select - The report, account and third-party choices.
 * @csspart description - The sentence saying what the chosen report shows.
 * @csspart period - The form of the period, account and third party, with "Show".
 * @csspart preset - A preset button ("Last 30 days" …); `aria-pressed` marks the one shown.
 * @csspart label - A field's label.
 * @csspart input - The two date fields.
 * @csspart button - Every button.
 * @csspart download - The "Download CSV" button.
 * @csspart status - The live region saying what is shown, or that a file was saved.
 * @csspart chart - The chart's figure: canvas, legend and data table.
 * @csspart canvas - The canvas the bars are drawn on.
 * @csspart legend - The list of series with their colours.
 * @csspart legend-item - One series in the legend.
 * @csspart swatch - A series' colour in the legend.
 * @csspart data-table - The table of the chart's numbers (inside a "Show as table" disclosure).
 * @csspart list - The table of a list report (changes, comments).
 * @csspart more - The "Show more" button under a list.
 * @csspart empty - The sentence shown when the period holds nothing the report counts.
 * @csspart loading - The sentence shown while a report loads.
 * @csspart error - A refusal or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between parts.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--chart-height=18rem] - The chart's height.
 * @cssproperty [--foyer-chart-1=var(--foyer-color-accent)] - The first series' colour; `--foyer-chart-2` … `--foyer-chart-8` the next ones'. A ninth series takes the first colour again. Give light-dark() pairs for both schemes.
 */
export class ReportView extends LitElement {
  static {
    ReportView.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: { type: String },
    report: { type: String },
    period: { type: String },
    accounts: { state: true },
    thirdParties: { state: true },
    counted: { state: true },
    changes: { state: true },
    nextCursor: { state: true },
    loading: { state: true },
    loadingMore: { state: true },
    loadError: { state: true },
    moreError: { state: true },
    retryable: { state: true },
    refused: { state: true },
    periodError: { state: true },
    shown: { state: true },
    preset: { state: true },
    account: { state: true },
    thirdParty: { state: true },
  };

  static override styles = reportViewStyles;

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';
  /**
   * The report shown first: `tickets-created`, `ticket-changes`, `closed-by-third-parties`,
   * `opened-by-third-parties`, `third-party-tickets-by-type`, `third-party-changes` or `third-party-comments`.
   */
  report: ReportName = 'tickets-created';
  /** The period shown first: `last-30-days`, `last-12-months` or `this-year`. */
  period: PeriodPreset = 'last-30-days';

  /** The linked accounts the person works in, for the account choice. */
  accounts: Array<{ handle: string; name: string }> = [];
  /** The master account's third parties, for the third-party choice. */
  thirdParties: ReportThirdParty[] = [];
  /** The counting report's answer, as places and series. */
  counted: CountedReport | undefined = undefined;
  /** The list report's changes loaded so far. */
  changes: ReportChange[] | undefined = undefined;
  nextCursor: string | null = null;
  loading = false;
  loadingMore = false;
  loadError = '';
  moreError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  /** The server refuses the reports to this person here: only the sentence is shown. */
  refused = false;
  periodError = '';
  /** The period asked for. */
  shown: Period = presetPeriod('last-30-days');
  /** The preset that period is, or null for dates chosen by hand. */
  preset: PeriodPreset | null = 'last-30-days';
  /** The account chosen, or '' for all the person works in. */
  account = '';
  /** The third party chosen, or '' for all of them. */
  thirdParty = '';

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: () => {
      this.#forget();
      this.accounts = [];
      this.thirdParties = [];
      this.refused = false;
      void this.#start();
    },
  });
  readonly #chart = new ChartController(this, { content: () => this.#chartContent() });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.loading ? undefined : firstControl(this.renderRoot.querySelector('.base'))),
  });
  readonly #csv = new ReportDownload(this, { connection: () => this.connection, workspace: () => this.#workspace });
  /** Counts requests, so an older answer never overwrites a newer one. */
  #request = 0;
  /** The period, account, third party and report the answer shown was asked for (the CSV asks the same). */
  #asked: ReportQuery | undefined;

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('period') && periodPresets.includes(this.period)) {
      this.shown = presetPeriod(this.period);
      this.preset = this.period;
    }
    if (changed.has('report') && !reportNames.includes(this.report)) this.report = 'tickets-created';
    if (this.hasUpdated && changed.has('workspace')) void this.#start();
    else if (this.hasUpdated && (changed.has('report') || changed.has('period'))) void this.refresh();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#chart.update(changed.has('counted'));
  }

  #forget(): void {
    this.counted = undefined;
    this.changes = undefined;
    this.nextCursor = null;
    this.loadError = '';
    this.moreError = '';
  }

  /** Loads the choices (the accounts the person works in, the third parties), then the report. */
  async #start(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    this.#chart.prefetch();
    const request = ++this.#request;
    this.loading = true;
    try {
      const [view, parties] = await Promise.all([c.api.master.view.query({ workspace }), c.api.reports.thirdParties.query({ workspace })]);
      if (request !== this.#request) return;
      this.accounts = view.accounts;
      this.thirdParties = parties.thirdParties;
      if (this.account && !this.accounts.some((a) => a.handle === this.account)) this.account = '';
    } catch (error) {
      if (request === this.#request) this.#failed(describeError(error));
      return;
    }
    await this.refresh();
  }

  /** The third party the chosen report is asked about, where it takes one. */
  #thirdPartyFor(report: ReportName): string | undefined {
    const choice = thirdPartyChoice(report);
    if (choice === 'none') return undefined;
    if (choice === 'required' && !this.thirdParties.some((t) => t.identityId === this.thirdParty)) return this.thirdParties[0]?.identityId;
    return this.thirdParty || undefined;
  }

  /** Asks the server again for the report, period, account and third party chosen. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace || this.refused) return;
    const report = this.report;
    const thirdParty = this.#thirdPartyFor(report);
    if (thirdPartyChoice(report) === 'required') this.thirdParty = thirdParty ?? '';
    const asked: ReportQuery = { report, ...this.shown, ...(this.account ? { account: this.account } : {}), ...(thirdParty ? { thirdParty } : {}) };
    const request = ++this.#request;
    this.loading = true;
    this.loadError = '';
    this.#csv.clear();
    try {
      if (report === 'third-party-changes' && !thirdParty) {
        this.#forget();
        this.#asked = asked;
        return;
      }
      const answer = await askReport(c, workspace, asked);
      if (request !== this.#request) return;
      this.counted = 'counted' in answer ? answer.counted : undefined;
      this.changes = 'changes' in answer ? answer.changes : undefined;
      this.nextCursor = 'changes' in answer ? answer.nextCursor : null;
      this.#asked = asked;
    } catch (error) {
      if (request === this.#request) this.#failed(describeError(error));
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  #failed(info: FoyerErrorInfo): void {
    this.loading = false;
    if (this.#signIn.refused(info, this.connection?.token)) return;
    this.refused = refusals.includes(info.code);
    this.retryable = ['NETWORK', 'INTERNAL', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'].includes(info.code);
    if (info.code === 'INVALID_INPUT' && (info.fieldErrors.from || info.fieldErrors.to)) {
      this.periodError = periodRefusal(info);
      return;
    }
    this.#forget();
    this.loadError = reportRefusal(info);
  }

  /** The next page of a list, added below the rows shown. */
  async #showMore(): Promise<void> {
    const c = this.connection;
    const asked = this.#asked;
    if (!c || !asked || !this.nextCursor || !this.changes) return;
    const request = this.#request;
    this.loadingMore = true;
    this.moreError = '';
    try {
      const page = await askReport(c, this.#workspace, asked, this.nextCursor);
      if (request !== this.#request || !('changes' in page)) return;
      this.changes = [...this.changes, ...page.changes];
      this.nextCursor = page.nextCursor;
      await this.updateComplete;
      // The button is gone after the last page: focus stays in the list rather than falling to the page.
      if (!this.nextCursor) this.renderRoot.querySelector<HTMLElement>('.list-wrap')?.focus();
    } catch (error) {
      if (request === this.#request) this.moreError = reportRefusal(describeError(error));
    } finally {
      this.loadingMore = false;
    }
  }

  #chooseReport(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as ReportName;
    if (!reportNames.includes(value)) return;
    this.report = value;
  }

  #choose(field: 'account' | 'thirdParty', event: Event): void {
    this[field] = (event.target as HTMLSelectElement).value;
    void this.refresh();
  }

  #format(): DashboardFormat {
    return dashboardFormat(pageLocale(this));
  }

  #counts(): Omit<CountedView, 'chart'> | undefined {
    return this.counted ? { counted: this.counted, thirdParties: this.thirdParties, format: this.#format() } : undefined;
  }

  #chartContent(): ChartContent | undefined {
    const counts = this.#counts();
    return counts ? chartContent(counts, pageLocale(this)) : undefined;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Reports')}</slot></h2>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const c = this.connection;
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in to see the reports.'));
    if (!this.#workspace) return html`<p part="loading">${msg('Choose a master account to see its reports.')}</p>`;
    if (this.refused) return html`<p part="error" role="alert">${this.loadError}</p>`;
    return html`${renderReportChooser(this.report, (e) => this.#chooseReport(e))} ${this.#renderForm()} ${this.#renderResults()}`;
  }

  #renderForm(): TemplateResult {
    const { report, accounts, account, thirdParties, thirdParty } = this;
    const extra = renderScopeFields({ report, accounts, account, thirdParties, thirdParty, onChoose: (field, e) => this.#choose(field, e) });
    return renderPeriodForm({ shown: this.shown, preset: this.preset, error: this.periodError, onPreset: (p) => choosePreset(this, p), onSubmit: (e) => submitPeriod(this, e), extra });
  }

  #renderResults(): TemplateResult {
    return renderReportResults(this, {
      asked: this.#asked,
      format: this.#format(),
      locale: pageLocale(this),
      chart: this.#chart,
      download: this.#csv,
      onRetry: () => void this.refresh(),
      onMore: () => void this.#showMore(),
      onDownload: () => void this.#csv.download(this.#asked),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'report-view': ReportView;
  }
}
