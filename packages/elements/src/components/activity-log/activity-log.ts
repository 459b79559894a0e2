import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { ActivityEntry, ListActivityInput, Member } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { errorSentence } from '../../internal/messages.js';
import { LazyPart } from '../../internal/lazy-part/lazy-part.js';
import { SignInPrompt } from '../../internal/sign-in-prompt.js';
import { actionPattern, actorKind, actorName, areaLabel, dayStart, knownAreas, subjectList, viaLabel } from './activity-labels.js';
import { activityLogStyles } from './activity-log.styles.js';

/**
 * @summary A workspace's activity log for those who may read it ("View activity"): who changed
 * what, and when, newest first; filtered by person, by area or action, and by period.
 *
 * Place it in a `<foyer-provider>` with a member's session. The server decides who may read
 * the log: a role without "View activity" is told so in a sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Activity".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart filters - The filter form.
 * @csspart label - A filter's label.
 * @csspart select - The person and action choices.
 * @csspart input - The free-text action field and the two date fields.
 * @csspart status - The live region announcing how many entries are shown.
 * @csspart list - The table of entries.
 * @csspart row - One entry.
 * @csspart via - "via agency …" / "via API key …" under a person.
 * @csspart empty - The sentence shown when no entry matches.
 * @csspart loading - The sentence shown while entries load.
 * @csspart error - A refusal or a field's problem.
 * @csspart button - Every button ("Show", "Load more", "Try again").
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between parts.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 */
export class ActivityLog extends LitElement {
  static {
    ActivityLog.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    pageSize: { type: Number, attribute: 'page-size' },
    entries: { state: true },
    nextCursor: { state: true },
    members: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    refused: { state: true },
    actionError: { state: true },
    periodError: { state: true },
    loading: { state: true },
    seenActions: { state: true },
    seenActors: { state: true },
  };

  static override styles = activityLogStyles;

  /** How many entries one page holds (1–200). */
  pageSize = 50;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  entries: ActivityEntry[] | undefined = undefined;
  nextCursor: string | null = null;
  members: Member[] = [];
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  refused = false;
  actionError = '';
  periodError = '';
  loading = false;
  /** Areas met in entries so far, offered in the action filter beside the known ones. */
  seenActions: string[] = [];
  /** People met in entries so far: the person filter offers them where the team list is refused. */
  seenActors = new Map<string, string>();

  get #actorSelect(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLSelectElement>('#actor') ?? null;
  }
  get #actionSelect(): HTMLSelectElement | null {
    return this.renderRoot?.querySelector<HTMLSelectElement>('#action') ?? null;
  }
  get #actionInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#action-text') ?? null;
  }
  get #fromInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#from') ?? null;
  }
  get #toInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#to') ?? null;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.entries = undefined;
      this.members = [];
      this.seenActions = [];
      this.seenActors = new Map();
      this.loadError = '';
      this.refused = false;
      this.#filter = {};
      if (c) {
        void this.refresh();
        void this.#loadMembers();
      }
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.entries !== undefined || this.loadError ? this.#actorSelect : undefined),
  });
  #filter: Omit<ListActivityInput, 'workspace'> = {};
  /** Counts requests, so an older answer never overwrites a newer one. */
  #request = 0;
  readonly #actionLabels = new LazyPart(() => import('./action-labels.js'));

  async #loadMembers(): Promise<void> {
    const c = this.connection;
    if (!c) return;
    const ticket = this.#link.ticket();
    try {
      const members = await c.api.members.list.query({ workspace: c.workspace });
      if (this.#link.isCurrent(ticket)) this.members = members.filter((m) => m.identityId !== null);
    } catch {
      // Without "Manage team" the list is refused: the person filter then offers only "Anyone".
    }
  }

  /** An action's sentence once they have come; its path until then. */
  #actionLabel(action: string): string {
    return this.#actionLabels.module?.actionLabel(action) ?? action;
  }

  /** Reads the first page again with the current filter. */
  async refresh(): Promise<void> {
    await this.#load(false);
  }

  async #load(more: boolean): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const request = ++this.#request;
    this.loading = true;
    this.loadError = '';
    if (!more) {
      this.entries = undefined;
      this.nextCursor = null;
    }
    try {
      const [page] = await Promise.all([
        c.api.activity.list.query({
          workspace: c.workspace,
          ...this.#filter,
          limit: Math.min(200, Math.max(1, Math.floor(this.pageSize) || 50)),
          ...(more && this.nextCursor ? { after: this.nextCursor } : {}),
        }),
        // Without its sentences, an action shows its path.
        this.#actionLabels.get().catch(() => undefined),
      ]);
      if (request !== this.#request) return;
      this.entries = more ? [...(this.entries ?? []), ...page.entries] : page.entries;
      this.nextCursor = page.nextCursor;
      const seen = new Set(this.seenActions);
      for (const e of page.entries) seen.add(e.action);
      this.seenActions = [...seen].sort();
      const actors = new Map(this.seenActors);
      for (const e of page.entries) if (e.actor.identityId) actors.set(e.actor.identityId, actorName(e));
      this.seenActors = actors;
    } catch (error) {
      if (request !== this.#request) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.refused = info.code === 'FORBIDDEN' || info.code === 'NOT_A_MEMBER';
      this.loadError = activityRefusal(info);
      this.retryable = ['NETWORK', 'INTERNAL', 'RATE_LIMITED'].includes(info.code);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  #handleFilter(event: SubmitEvent): void {
    event.preventDefault();
    const actor = this.#actorSelect?.value ?? '';
    const chosen = this.#actionSelect?.value ?? '';
    const typed = this.#actionInput?.value.trim() ?? '';
    const action = typed || chosen;
    this.actionError = action && !actionPattern.test(action) ? msg('Enter an action such as members.invite, or an area such as members.') : '';
    const fromValue = this.#fromInput?.value ?? '';
    const toValue = this.#toInput?.value ?? '';
    const from = fromValue ? dayStart(fromValue) : undefined;
    const to = toValue ? dayStart(toValue) : undefined;
    this.periodError =
      (fromValue && !from) || (toValue && !to) ? msg('Enter the dates as year, month and day.') : from && to && from >= to ? msg('The end of the period must come after its start.') : '';
    if (this.actionError) {
      this.#actionInput?.focus();
      return;
    }
    if (this.periodError) {
      this.#fromInput?.focus();
      return;
    }
    this.#filter = {
      ...(actor ? { actor } : {}),
      ...(action ? { action } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
    void this.#load(false);
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Activity')}</slot></h2>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const c = this.connection;
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (this.#signIn.needed()) return this.#signIn.render(msg('Sign in to see the activity.'));
    if (!c.workspace) return html`<p part="loading">${msg('Choose an account to see its activity.')}</p>`;
    if (this.refused) return html`<p part="error" role="alert">${this.loadError}</p>`;
    return html`${this.#renderFilters()} ${this.#renderResults()}`;
  }

  #renderFilters(): TemplateResult {
    const areas = [...new Set([...knownAreas, ...this.seenActions.map((a) => a.split('.')[0]!)])];
    const actions = this.seenActions.filter((a) => a.includes('.'));
    return html`
      <form part="filters" class="filters" aria-label=${msg('Filter the activity')} @submit=${this.#handleFilter}>
        <div class="field">
          <label part="label" for="actor">${msg('Who')}</label>
          <select part="select" id="actor" name="actor">
            <option value="">${msg('Anyone')}</option>
            ${this.members.map((m) => html`<option value=${m.identityId!}>${m.name ? `${m.name} (${m.email})` : m.email}</option>`)}
            ${[...this.seenActors].filter(([id]) => !this.members.some((m) => m.identityId === id)).map(([id, name]) => html`<option value=${id}>${name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label part="label" for="action">${msg('What')}</label>
          <select part="select" id="action" name="action">
            <option value="">${msg('Any change')}</option>
            <optgroup label=${msg('Areas')}>
              ${areas.map((a) => html`<option value=${a}>${areaLabel(a)}</option>`)}
            </optgroup>
            ${actions.length ? html`<optgroup label=${msg('Actions seen')}>${actions.map((a) => html`<option value=${a}>${this.#actionLabel(a)}</option>`)}</optgroup>` : nothing}
          </select>
        </div>
        <div class="field">
          <label part="label" for="action-text">${msg('Or an action by name')}</label>
          <input
            part="input"
            id="action-text"
            name="actionText"
            type="text"
            placeholder="members.invite"
            autocomplete="off"
            spellcheck="false"
            aria-invalid=${this.actionError ? 'true' : 'false'}
            aria-describedby="action-error"
          />
          <p part="error" class="error" id="action-error">${this.actionError}</p>
        </div>
        <div class="field">
          <label part="label" for="from">${msg('From (included)')}</label>
          <input part="input" id="from" name="from" type="date" aria-invalid=${this.periodError ? 'true' : 'false'} aria-describedby="period-error" />
        </div>
        <div class="field">
          <label part="label" for="to">${msg('Until (not included)')}</label>
          <input part="input" id="to" name="to" type="date" aria-invalid=${this.periodError ? 'true' : 'false'} aria-describedby="period-error" />
        </div>
        <p part="error" class="error period-error" id="period-error">${this.periodError}</p>
        <button part="button" class="primary" type="submit">${msg('Show')}</button>
      </form>
    `;
  }

  #renderResults(): TemplateResult {
    const count = this.entries?.length ?? 0;
    const status = this.entries === undefined ? '' : count === 0 ? '' : this.nextCursor ? msg(str`Showing ${count} entries; more are available.`) : msg(str`Showing ${count} entries.`);
    return html`
      <p part="status" class="status" role="status" aria-live="polite">${status}</p>
      ${
        this.loadError
          ? html`
            <p part="error" role="alert">${this.loadError}</p>
            ${this.retryable ? html`<button part="button" type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>` : nothing}
          `
          : this.entries === undefined
            ? html`<p part="loading" role="status">${msg('Loading the activity…')}</p>`
            : count === 0
              ? html`<p part="empty" class="muted" role="status">${msg('No activity matches these filters.')}</p>`
              : this.#renderTable(this.entries)
      }
      ${
        this.entries && this.nextCursor
          ? html`<button part="button" type="button" class="more" ?disabled=${this.loading} @click=${() => void this.#load(true)}>
            ${this.loading ? msg('Loading…') : msg('Load more')}
          </button>`
          : nothing
      }
    `;
  }

  #renderTable(entries: readonly ActivityEntry[]): TemplateResult {
    const locale = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const label = { when: msg('When'), who: msg('Who'), what: msg('What'), subjects: msg('Subjects') };
    return html`
      <!-- Focusable, so a keyboard can scroll a table wider than the element. -->
      <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Activity entries')}>
        <table part="list" class="stackable" role="table">
          <caption class="visually-hidden">${msg('Activity, newest first')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">${label.when}</th>
              <th scope="col" role="columnheader">${label.who}</th>
              <th scope="col" role="columnheader">${label.what}</th>
              <th scope="col" role="columnheader">${label.subjects}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${entries.map((e) => {
              const actionText = this.#actionLabel(e.action);
              const via = viaLabel(e);
              return html`
                <tr role="row" part="row" data-action=${e.action} data-actor=${e.actor.identityId ?? ''}>
                  <td role="cell" data-label=${label.when}><time datetime=${e.at}>${when.format(new Date(e.at))}</time></td>
                  <th scope="row" role="rowheader" class="who">
                    <span class="name">${actorName(e)}</span>
                    ${e.actor.email && e.actor.name ? html`<span class="muted">${e.actor.email}</span>` : nothing}
                    <span class="muted">${actorKind(e)}</span>
                    ${via ? html`<span part="via" class="muted">${via}</span>` : nothing}
                  </th>
                  <td role="cell" data-label=${label.what}>${actionText}${actionText !== e.action ? html` <code class="muted">${e.action}</code>` : nothing}</td>
                  <td role="cell" data-label=${label.subjects}>
                    ${subjectList(e).map((s) => html`<code title=${`${s.field}: ${s.id}`}>${s.short}</code> `)}
                  </td>
                </tr>
              `;
            })}
          </tbody>
        </table>
      </div>
    `;
  }
}

/** The sentence for a refusal of the log. */
function activityRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow viewing its activity.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    default:
      return errorSentence(info);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'activity-log': ActivityLog;
  }
}
