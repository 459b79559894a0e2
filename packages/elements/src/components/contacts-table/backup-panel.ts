import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { BackupRefusal, downloadBackup } from './backup-download.js';
import { formatBytes } from './format.js';
import { refusalSentence } from './messages.js';

interface Backup {
  contactId: string;
  name: string;
  received: number;
  total: number | null;
  state: 'running' | 'done' | 'failed';
  fileName?: string;
  url?: string;
  size?: number;
  error?: string;
  controller: AbortController;
}

export interface BackupPanelOptions {
  /** Puts a sentence in the element's live region. */
  announce: (text: string) => void;
  /** Where focus goes when the panel is dismissed. */
  onDismissed: () => void;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * One contact's backup at a time: the download's progress, then the saved file with a link to
 * save it again, or the refusal with a second try. A new backup ends the one before.
 */
export class BackupPanel implements ReactiveController {
  #backup: Backup | null = null;
  readonly #host: Host;
  readonly #o: BackupPanelOptions;

  constructor(host: Host, options: BackupPanelOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#end();
  }

  async start(c: FoyerConnection, contactId: string, name: string): Promise<void> {
    this.#end();
    const controller = new AbortController();
    this.#set({ contactId, name, received: 0, total: null, state: 'running', controller });
    const current = () => this.#backup?.controller === controller;
    try {
      const file = await downloadBackup({
        server: c.server,
        workspace: c.workspace,
        contactId,
        token: c.token,
        fallbackName: `${name}.zip`,
        signal: controller.signal,
        onProgress: ({ received, total }) => {
          if (current()) this.#set({ ...this.#backup!, received, total });
        },
      });
      if (!current()) return;
      const url = URL.createObjectURL(file.blob);
      this.#set({ ...this.#backup!, state: 'done', url, fileName: file.fileName, size: file.blob.size });
      await this.#host.updateComplete;
      // Saves the file as the browser saves any download; the link stays for a second try.
      this.#host.renderRoot.querySelector<HTMLAnchorElement>('#backup-file')?.click();
      this.#o.announce(msg(str`${file.fileName} saved.`));
    } catch (error) {
      if (!current() || controller.signal.aborted) return;
      const info: FoyerErrorInfo =
        error instanceof BackupRefusal
          ? { code: error.code as FoyerErrorInfo['code'], message: error.message, fieldErrors: {}, details: undefined }
          : { code: 'NETWORK', message: '', fieldErrors: {}, details: undefined };
      this.#set({ ...this.#backup!, state: 'failed', error: refusalSentence(info) });
    }
  }

  render(c: FoyerConnection | undefined, locale: string): TemplateResult | typeof nothing {
    const b = this.#backup;
    if (!b) return nothing;
    const received = formatBytes(b.received, locale);
    if (b.state === 'running') {
      const progressText = b.total ? msg(str`${received} of ${formatBytes(b.total, locale)}`) : msg(str`${received} received`);
      return html`
        <div part="backup" class="backup" aria-labelledby="backup-heading">
          <p id="backup-heading">${msg(str`Backing up the data of ${b.name}…`)}</p>
          <progress
            part="progress"
            aria-labelledby="backup-heading"
            aria-valuetext=${progressText}
            max=${b.total ?? nothing}
            value=${b.total ? b.received : nothing}
          ></progress>
          <span class="received">${progressText}</span>
          <button part="button" type="button" @click=${this.#handleCancel}>${msg('Cancel')}</button>
        </div>
      `;
    }
    if (b.state === 'failed') {
      return html`
        <div part="backup" class="backup">
          <p part="error" role="alert">${msg(str`The backup of ${b.name} failed: ${b.error ?? ''}`)}</p>
          <button part="button" type="button" @click=${() => c && this.start(c, b.contactId, b.name)}>${msg('Try again')}</button>
          <button part="button" type="button" @click=${this.#handleDismiss}>${msg('Dismiss')}</button>
        </div>
      `;
    }
    return html`
      <div part="backup" class="backup">
        <p>${msg(str`${b.fileName ?? ''} saved (${formatBytes(b.size ?? b.received, locale)}).`)}</p>
        <a part="button" class="button" id="backup-file" href=${b.url ?? ''} download=${b.fileName ?? ''}>${msg(str`Save ${b.fileName ?? ''} again`)}</a>
        <button part="button" type="button" @click=${this.#handleDismiss}>${msg('Dismiss')}</button>
      </div>
    `;
  }

  #set(backup: Backup | null): void {
    this.#backup = backup;
    this.#host.requestUpdate();
  }

  /** Stops a running download and lets go of a saved file. */
  #end(): void {
    this.#backup?.controller.abort();
    if (this.#backup?.url) URL.revokeObjectURL(this.#backup.url);
    if (this.#backup) this.#set(null);
  }

  readonly #handleCancel = (): void => {
    const b = this.#backup;
    if (!b) return;
    b.controller.abort();
    this.#set(null);
    this.#o.announce(msg(str`The backup of ${b.name} was cancelled.`));
  };

  readonly #handleDismiss = (): void => {
    this.#end();
    this.#o.onDismissed();
  };
}
