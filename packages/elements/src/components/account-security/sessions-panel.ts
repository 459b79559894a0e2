import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { OwnSession } from '@foyer/schema';
import { errorSentence } from '../../internal/messages.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import { describeDevice } from './device.js';
import { focusAfterUpdate, type PanelContext } from './panel.js';

/**
 * Where the person is signed in: each session with its browser, the address it came from and
 * when it was used, this one marked. Any other session ends at a click; all others at once
 * after a confirmation that says what it does.
 */
export class SessionsPanel {
  sessions: OwnSession[] | undefined = undefined;
  loadError = '';
  /** An end is under way: one at a time. */
  pending = false;
  /** The session whose end failed, with why. */
  rowError: { id: string; text: string } | null = null;
  /** The confirmation of ending every other session is open. */
  confirming = false;
  dialogError = '';
  /** The result of the last end, said in the panel's live region. */
  message = '';
  #from: HTMLElement | null = null;
  #loads = 0;
  readonly #c: PanelContext;

  constructor(context: PanelContext) {
    this.#c = context;
  }

  #update(): void {
    this.#c.host.requestUpdate();
  }

  #say(text: string): void {
    this.message = text;
  }

  /** Reads the sessions again from the server (after a password change ended the others, say). */
  async load(): Promise<void> {
    const c = this.#c.connection();
    if (!c?.token) return;
    const load = ++this.#loads;
    this.loadError = '';
    try {
      const sessions = await c.api.identity.sessions.list.query();
      if (load !== this.#loads) return;
      // This device first, then the most recently used.
      this.sessions = sessions.sort((a, b) => Number(b.current) - Number(a.current) || b.lastUsedAt.localeCompare(a.lastUsedAt));
    } catch (error) {
      if (load === this.#loads) this.loadError = errorSentence(describeError(error));
    }
    this.#update();
  }

  forget(): void {
    this.#loads++;
    this.sessions = undefined;
    this.loadError = '';
    this.rowError = null;
    this.confirming = false;
    this.message = '';
  }

  async #end(session: OwnSession): Promise<void> {
    const c = this.#c.connection();
    if (!c || this.pending) return;
    const list = this.sessions ?? [];
    const next = list[list.indexOf(session) + 1] ?? list[list.indexOf(session) - 1];
    this.pending = true;
    this.rowError = null;
    this.message = '';
    this.#update();
    try {
      await c.api.identity.sessions.end.mutate({ sessionId: session.id });
      this.sessions = list.filter((s) => s !== session);
      this.#say(msg(str`The session of ${describeDevice(session.userAgent)} was ended. It is signed out there.`));
      await this.load();
    } catch (error) {
      const info = describeError(error);
      // Ended meanwhile (elsewhere, or by its lifetime): it is gone all the same.
      if (info.code === 'SESSION_NOT_FOUND') await this.load();
      else this.rowError = { id: session.id, text: errorSentence(info) };
    } finally {
      this.pending = false;
      this.#update();
    }
    // Focus stays in the list: on the next session's button, or the heading when none is left.
    const target = next && !next.current && this.sessions?.some((s) => s.id === next.id) ? `#end-${next.id}` : '#sessions-title';
    await focusAfterUpdate(this.#c.host, this.rowError ? `#end-${session.id}` : target);
  }

  readonly #ask = (event: Event): void => {
    this.#from = event.currentTarget as HTMLElement;
    this.confirming = true;
    this.dialogError = '';
    this.#update();
  };

  readonly #cancel = (): void => {
    if (this.pending) return;
    this.confirming = false;
    this.#update();
  };

  readonly #endOthers = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#c.connection();
    if (!c || this.pending) return;
    this.pending = true;
    this.dialogError = '';
    this.#update();
    try {
      const { ended } = await c.api.identity.sessions.endOthers.mutate();
      this.confirming = false;
      this.#from = null;
      this.#say(ended === 1 ? msg('1 other session was ended.') : msg(str`${ended} other sessions were ended.`));
      await this.load();
      await focusAfterUpdate(this.#c.host, '#sessions-title');
    } catch (error) {
      this.dialogError = errorSentence(describeError(error));
    } finally {
      this.pending = false;
      this.#update();
    }
  };

  render(): TemplateResult {
    return html`
      <section part="section" class="section" aria-labelledby="sessions-title">
        <h3 part="section-title" id="sessions-title" tabindex="-1">${msg('Where you are signed in')}</h3>
        <p part="message" class="message" role="status">${this.message}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    if (this.loadError) return html`<p part="error" role="alert">${this.loadError}</p>`;
    const sessions = this.sessions;
    if (!sessions) return html`<p part="loading">${msg('Loading your sessions…')}</p>`;
    const others = sessions.filter((s) => !s.current).length;
    const when = new Intl.DateTimeFormat(this.#c.locale(), { dateStyle: 'medium', timeStyle: 'short' });
    return html`
      <ul part="list" class="sessions">
        ${sessions.map((s) => this.#renderSession(s, when))}
      </ul>
      ${
        others > 0
          ? html`<button part="button button-danger" class="danger" type="button" ?disabled=${this.pending} @click=${this.#ask}>
              ${msg('End all other sessions')}
            </button>`
          : html`<p class="muted">${msg('You are signed in nowhere else.')}</p>`
      }
      ${this.#renderDialog(others)}
    `;
  }

  #renderSession(s: OwnSession, when: Intl.DateTimeFormat): TemplateResult {
    const lastUsed = when.format(new Date(s.lastUsedAt));
    const signedIn = when.format(new Date(s.createdAt));
    const error = this.rowError?.id === s.id ? this.rowError.text : '';
    return html`
      <li part=${s.current ? 'session session-current' : 'session'} class="session">
        <div class="session-text" id=${`session-${s.id}`}>
          <p class="device">
            <strong>${describeDevice(s.userAgent)}</strong>
            ${s.current ? html`<span part="current" class="badge">${msg('This device')}</span>` : nothing}
          </p>
          <p class="muted">
            ${s.source ? html`<span>${msg(str`From ${s.source}`)}</span> · ` : nothing}
            <span>${msg(str`Last active ${lastUsed}`)}</span> · <span>${msg(str`Signed in ${signedIn}`)}</span>
          </p>
          ${error ? html`<p part="error" role="alert">${error}</p>` : nothing}
        </div>
        ${
          s.current
            ? nothing
            : html`<button part="button" id=${`end-${s.id}`} type="button" aria-describedby=${`session-${s.id}`} ?disabled=${this.pending} @click=${() => void this.#end(s)}>
                ${msg('End session')}
              </button>`
        }
      </li>
    `;
  }

  #renderDialog(others: number): TemplateResult {
    return html`
      <foyer-modal-dialog fallback-focus="#sessions-title" .open=${this.confirming} .returnFocus=${this.#from} @cancel=${this.#cancel}>
        <dialog part="dialog" aria-labelledby="end-others-heading" aria-describedby="end-others-body">
          ${
            this.confirming
              ? html`
                <form class="dialog-form" aria-busy=${this.pending ? 'true' : 'false'} @submit=${this.#endOthers}>
                  <h3 id="end-others-heading">${msg('End every other session?')}</h3>
                  <p id="end-others-body">
                    ${
                      others === 1
                        ? msg('You are signed out at once on the 1 other device or browser where you are signed in. This device stays signed in.')
                        : msg(str`You are signed out at once on the ${others} other devices and browsers where you are signed in. This device stays signed in.`)
                    }
                  </p>
                  ${this.dialogError ? html`<p part="error" role="alert">${this.dialogError}</p>` : nothing}
                  ${renderDialogActions({
                    cancel: { label: msg('Cancel'), onClick: this.#cancel },
                    actions: [{ label: this.pending ? msg('Ending…') : msg('End other sessions'), tone: 'danger', type: 'submit', disabled: this.pending }],
                  })}
                </form>
              `
              : nothing
          }
        </dialog>
      </foyer-modal-dialog>
    `;
  }
}
