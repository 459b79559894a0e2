import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { downloadCsv } from './csv-download.js';
import { reportRefusal } from './report-labels.js';
import { csvUrl } from './report-model.js';
import type { ReportQuery } from './report-requests.js';

export interface ReportDownloadOptions {
  connection: () => FoyerConnection | undefined;
  /** The master account's handle. */
  workspace: () => string;
}

/**
 * A report as a CSV file: fetched with the session for the same report, period, account and
 * third party as the answer shown, then saved as the browser saves any download. One file at
 * a time: asking again stops the one still coming. The file is let go when the element leaves
 * the page.
 */
export class ReportDownload implements ReactiveController {
  downloading = false;
  /** Said in the live region once the file was saved. */
  message = '';
  error = '';
  readonly #host: ReactiveControllerHost;
  readonly #o: ReportDownloadOptions;
  #download: AbortController | undefined;
  #fileUrl = '';

  constructor(host: ReactiveControllerHost, options: ReportDownloadOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#download?.abort();
    if (this.#fileUrl) URL.revokeObjectURL(this.#fileUrl);
    this.#fileUrl = '';
  }

  #set(changes: Partial<Pick<ReportDownload, 'downloading' | 'message' | 'error'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  /** Forgets what the last download said: another answer is asked for. */
  clear(): void {
    this.#set({ message: '', error: '' });
  }

  /** Fetches and saves the CSV of what `asked` names. */
  async download(asked: ReportQuery | undefined): Promise<void> {
    const c = this.#o.connection();
    if (!c || !asked) return;
    this.#download?.abort();
    const controller = new AbortController();
    this.#download = controller;
    this.#set({ downloading: true, message: '', error: '' });
    const { report, ...query } = asked;
    try {
      const file = await downloadCsv(csvUrl(c.server, this.#o.workspace(), report, query), c.token, `report-${report}.csv`, controller.signal);
      if (this.#download !== controller) return;
      if (this.#fileUrl) URL.revokeObjectURL(this.#fileUrl);
      this.#fileUrl = URL.createObjectURL(file.blob);
      const link = document.createElement('a');
      link.href = this.#fileUrl;
      link.download = file.fileName;
      // Saved as the browser saves any download; the link is the element's own, never in the page.
      link.click();
      this.#set({ message: msg(str`${file.fileName} saved.`) });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#set({ error: reportRefusal(error as FoyerErrorInfo) });
    } finally {
      if (this.#download === controller) this.#set({ downloading: false });
    }
  }
}
