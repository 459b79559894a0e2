import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { Dashboard } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ChartController, type ChartContent } from '../../internal/chart/chart-controller.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { errorSentence } from '../../internal/messages.js';
import { periodPresets, periodRefusal, presetPeriod, type Period, type PeriodPreset } from '../../internal/period/period.js';
import { choosePreset, renderPeriodForm, submitPeriod } from '../../internal/period/period-form.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { pageLocale } from '../client-access-manager/format.js';
import { chartSeries, colourSlot, currenciesOf, tableRows, totalsIn, type Measure } from './dashboard-model.js';
import { dashboardFormat, type DashboardFormat } from './format.js';
import { salesDashboardStyles } from './sales-dashboard.styles.js';

/**
 * @summary A master account's sales dashboard for its owner: a bar chart of each linked
 * account's sales per day, one colour per account, with a legend, the chart's numbers as a
 * table, and the totals (sales, gross, refunds, net) per account and of all, each currency on
 * its own.
 *
 * Place it in a `<foyer-provider>` with the master account owner's session. The server
 * decides who may see it: anyone but the owner — even a user holding every permission — is
 * told so in a sentence, as is a workspace that is not a master account. Days are UTC days,
 * both ends of the period included. With sales in several currencies, a currency switch
 * chooses the one the chart shows; the totals show every currency, each in its own table.
 * The chart's code is fetched only when the dashboard is shown.
 *
 * @slot heading - Your own words for the heading, in place of "Sales".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart period - The period form: presets, the two dates and "Show".
 * @csspart preset - A preset button ("Last 30 days" …); `aria-pressed` marks the one shown.
 * @csspart label - A field's label.
 * @csspart input - The two date fields.
 * @csspart button - Every button.
 * @csspart switch - The currency and measure choices above the chart.
 * @csspart status - The live region saying which period is shown.
 * @csspart chart - The chart's figure: canvas, legend and data table.
 * @csspart canvas - The canvas the bars are drawn on.
 * @csspart legend - The list of accounts with their colours.
 * @csspart legend-item - One account in the legend.
 * @csspart swatch - An account's colour in the legend.
 * @csspart data-table - The table of the chart's numbers (inside a "Show as table" disclosure).
 * @csspart totals - A table of totals, one per currency.
 * @csspart empty - The sentence shown when the period has no sales.
 * @csspart loading - The sentence shown while the dashboard loads.
 * @csspart error - A refusal or a field's problem.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between parts.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--chart-height=18rem] - The chart's height.
 * @cssproperty [--foyer-chart-1=var(--foyer-color-accent)] - The first account's colour; `--foyer-chart-2` … `--foyer-chart-8` the next ones', each by default a mix of the accent, success, danger and text tokens. A ninth account takes the first colour again. Give light-dark() pairs for both schemes.
 */
export class SalesDashboard extends LitElement {
  static {
    SalesDashboard.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    workspace: { type: String },
    period: { type: String },
    dashboard: { state: true },
    loading: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    refused: { state: true },
    periodError: { state: true },
    shown: { state: true },
    preset: { state: true },
    currency: { state: true },
    measure: { state: true },
  };

  static override styles = salesDashboardStyles;

  /** The master account's handle; the provider's workspace when not set. */
  workspace = '';
  /** The period shown first: `last-30-days`, `last-12-months` or `this-year`. */
  period: PeriodPreset = 'last-30-days';

  /** The server's last answer. */
  dashboard: Dashboard | undefined = undefined;
  loading = false;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  /** The server refuses this dashboard to this caller: only the sentence is shown. */
  refused = false;
  periodError = '';
  /** The period asked for. */
  shown: Period = presetPeriod('last-30-days');
  /** The preset that period is, or null for dates chosen by hand. */
  preset: PeriodPreset | null = 'last-30-days';
  /** The currency the chart shows, when there are sales in several. */
  currency = '';
  measure: Measure = 'gross';

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'connection',
    onChange: () => {
      this.dashboard = undefined;
      this.loadError = '';
      this.refused = false;
      void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.dashboard || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });
  /** Counts requests, so an older answer never overwrites a newer one. */
  #request = 0;
  readonly #chart = new ChartController(this, { content: () => this.#chartContent() });

  /** Why the chart is not drawn ('' while it is): its code could not be loaded. */
  get chartError(): string {
    return this.#chart.failed ? msg('The chart could not be loaded. The table below holds its numbers.') : '';
  }

  get #workspace(): string {
    return this.workspace || this.connection?.workspace || '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('period') && periodPresets.includes(this.period)) {
      this.shown = presetPeriod(this.period);
      this.preset = this.period;
    }
    if (this.hasUpdated && (changed.has('workspace') || changed.has('period'))) void this.refresh();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#chart.update(changed.has('dashboard') || changed.has('currency') || changed.has('measure'));
  }

  /** Asks the server again for the period shown. */
  async refresh(): Promise<void> {
    const c = this.connection;
    const workspace = this.#workspace;
    if (!c?.token || !workspace) return;
    // The chart's code is fetched beside the first answer, not after it.
    this.#chart.prefetch();
    const request = ++this.#request;
    this.loading = true;
    this.loadError = '';
    try {
      const dashboard = await c.api.dashboard.sales.query({ workspace, ...this.shown });
      if (request !== this.#request) return;
      this.dashboard = dashboard;
      const currencies = currenciesOf(dashboard);
      if (!currencies.includes(this.currency)) this.currency = currencies[0] ?? '';
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.refused = ['OWNER_ONLY', 'NOT_A_MASTER_ACCOUNT', 'NOT_A_MEMBER', 'FORBIDDEN'].includes(info.code);
      this.retryable = ['NETWORK', 'INTERNAL', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE'].includes(info.code);
      this.loadError = info.code === 'INVALID_INPUT' ? '' : dashboardRefusal(info);
      if (info.code === 'INVALID_INPUT') this.periodError = periodRefusal(info);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /** The chart of the currency and measure chosen, or nothing before the first answer. */
  #chartContent(): ChartContent | undefined {
    const dashboard = this.dashboard;
    if (!dashboard) return undefined;
    const format = this.#format();
    const currency = this.currency;
    const measure = this.measure;
    const { days, series } = chartSeries(dashboard, currency, measure);
    return {
      labels: days.map((d) => format.shortDay(d)),
      titles: days.map((d) => format.day(d)),
      series: series.map((s) => ({ label: s.name, values: s.values })),
      formatValue: (value: number) => (measure === 'gross' ? format.money(value, currency) : format.count(value)),
      locale: pageLocale(this),
    };
  }

  #format(): DashboardFormat {
    return dashboardFormat(pageLocale(this));
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Sales')}</slot></h2>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const c = this.connection;
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in to see the sales.'));
    if (!this.#workspace) return html`<p part="loading">${msg('Choose a master account to see its sales.')}</p>`;
    if (this.refused) return html`<p part="error" role="alert">${this.loadError}</p>`;
    return html`${this.#renderPeriod()} ${this.#renderResults()}`;
  }

  #renderPeriod(): TemplateResult {
    return renderPeriodForm({ shown: this.shown, preset: this.preset, error: this.periodError, onPreset: (p) => choosePreset(this, p), onSubmit: (e) => submitPeriod(this, e) });
  }

  #renderResults(): TemplateResult {
    const dashboard = this.dashboard;
    const format = this.#format();
    const status = dashboard ? msg(str`Sales from ${format.day(dashboard.from)} to ${format.day(dashboard.to)}, in UTC days.`) : '';
    const body = this.loadError
      ? html`
          <p part="error" role="alert">${this.loadError}</p>
          ${this.retryable ? html`<button part="button" type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>` : nothing}
        `
      : !dashboard
        ? html`<p part="loading" role="status">${msg('Loading the sales…')}</p>`
        : dashboard.accounts.length === 0
          ? html`<p part="empty">${msg('No accounts are linked to this master account yet.')}</p>`
          : dashboard.totals.length === 0
            ? html`<p part="empty">${msg('No sales in this period.')}</p>`
            : this.#renderDashboard(dashboard, format);
    return html`
      <p part="status" class="status" role="status" aria-live="polite" aria-busy=${this.loading ? 'true' : 'false'}>${this.loading && dashboard ? msg('Loading the sales…') : status}</p>
      ${body}
    `;
  }

  #renderDashboard(dashboard: Dashboard, format: DashboardFormat): TemplateResult {
    const currencies = currenciesOf(dashboard);
    const currency = this.currency;
    return html`
      <div part="switch" class="switches">
        ${
          currencies.length > 1
            ? html`<fieldset class="choice">
              <legend>${msg('Chart the sales in')}</legend>
              ${currencies.map(
                (code) => html`<label><input type="radio" name="currency" value=${code} .checked=${code === currency} @change=${() => (this.currency = code)} /> ${code}</label>`,
              )}
            </fieldset>`
            : nothing
        }
        <fieldset class="choice">
          <legend>${msg('Bars show')}</legend>
          <label><input type="radio" name="measure" value="gross" .checked=${this.measure === 'gross'} @change=${() => (this.measure = 'gross')} /> ${msg('Amount')}</label>
          <label><input type="radio" name="measure" value="count" .checked=${this.measure === 'count'} @change=${() => (this.measure = 'count')} /> ${msg('Number of sales')}</label>
        </fieldset>
      </div>
      ${this.#renderChart(dashboard, currency, format)}
      ${currencies.map((code) => this.#renderTotals(dashboard, code, format))}
    `;
  }

  #renderChart(dashboard: Dashboard, currency: string, format: DashboardFormat): TemplateResult {
    const what = this.measure === 'gross' ? msg(str`Sales per day in ${currency}`) : msg(str`Number of sales per day in ${currency}`);
    const value = (v: number) => (this.measure === 'gross' ? format.money(v, currency) : format.count(v));
    const rows = tableRows(dashboard, currency, this.measure);
    const names = dashboard.accounts.map((a) => a.name).join(', ');
    const description = msg(
      str`Bar chart: ${what}, from ${format.day(dashboard.from)} to ${format.day(dashboard.to)}, one colour per account: ${names}. The table “${what}” holds its numbers.`,
    );
    return html`
      <figure part="chart" class="chart" @transitionend=${this.#chart.repaint}>
        <figcaption class="visually-hidden">${what}</figcaption>
        <span class="ink" aria-hidden="true"></span>
        <div class="canvas-frame">
          <canvas part="canvas" role="img" aria-label=${description}><p>${description}</p></canvas>
        </div>
        ${this.chartError ? html`<p part="error">${this.chartError}</p>` : nothing}
        <ul part="legend" class="legend" aria-label=${msg('Accounts')}>
          ${dashboard.accounts.map(
            (a, i) =>
              html`<li part="legend-item" data-account=${a.handle}><span part="swatch" class="swatch c${colourSlot(i)}" aria-hidden="true"></span> ${a.name} <span class="muted">${a.handle}</span></li>`,
          )}
        </ul>
        <details class="data" ?open=${this.chartError !== ''}>
          <summary part="button">${msg('Show as table')}</summary>
          <div class="table-wrap" tabindex="0" role="region" aria-label=${what}>
            <table part="data-table" data-currency=${currency}>
              <caption>${what}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('Day')}</th>
                  ${dashboard.accounts.map((a) => html`<th scope="col" data-account=${a.handle}>${a.name}</th>`)}
                  <th scope="col">${msg('All accounts')}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (r) => html`<tr data-day=${r.day}>
                    <th scope="row"><time datetime=${r.day}>${format.day(r.day)}</time></th>
                    ${r.values.map((v) => html`<td>${value(v)}</td>`)}
                    <td>${value(r.total)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </details>
      </figure>
    `;
  }

  #renderTotals(dashboard: Dashboard, currency: string, format: DashboardFormat): TemplateResult {
    const { accounts, all } = totalsIn(dashboard, currency);
    const label = { sales: msg('Sales'), gross: msg('Gross'), refunds: msg('Refunds'), net: msg('Net') };
    const row = (header: TemplateResult | string, t: typeof all, account: string) => html`
      <tr data-account=${account}>
        <th scope="row">${header}</th>
        <td data-label=${label.sales}>${format.count(t.count)}</td>
        <td data-label=${label.gross}>${format.money(t.gross, currency)}</td>
        <td data-label=${label.refunds}>${format.money(t.refunds, currency)}</td>
        <td data-label=${label.net}>${format.money(t.net, currency)}</td>
      </tr>
    `;
    return html`
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg(str`Totals in ${currency}`)}>
        <table part="totals" class="stackable totals" data-currency=${currency}>
          <caption>${msg(str`Totals in ${currency}`)}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('Account')}</th>
              <th scope="col">${label.sales}</th>
              <th scope="col">${label.gross}</th>
              <th scope="col">${label.refunds}</th>
              <th scope="col">${label.net}</th>
            </tr>
          </thead>
          <tbody>
            ${accounts.map((a) => row(a.name, a.totals, a.handle))}
          </tbody>
          <tfoot>
            ${row(msg('All accounts'), all, '')}
          </tfoot>
        </table>
      </div>
    `;
  }
}

/** The sentence for a refusal of the dashboard. */
function dashboardRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'OWNER_ONLY':
      return msg('Only the owner of the master account sees its sales dashboard.');
    case 'NOT_A_MASTER_ACCOUNT':
      return msg('This workspace is not a master account. The sales dashboard shows the accounts a master account links.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    default:
      return errorSentence(info);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sales-dashboard': SalesDashboard;
  }
}
