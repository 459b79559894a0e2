import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading, type HeadingLevel } from './heading.js';

export interface RecoveryCodesOptions {
  /** Prefix of the ids, unique within the holder's shadow root. */
  idPrefix: string;
  headingLevel: HeadingLevel;
  /** Whose codes they are (the account's email), named in the downloaded file. */
  account: () => string;
}

export interface RecoveryCodesRender {
  /** What the button that puts the codes away says: "Done", "Continue". */
  doneLabel: string;
  onDone: () => void;
}

/**
 * New recovery codes, shown once: the server keeps only their hashes, so they are never shown
 * again once put away. The person copies them or downloads them as a text file (a Blob link,
 * made when they are shown and revoked when they are put away or the holder leaves the page).
 */
export class RecoveryCodesView implements ReactiveController {
  codes: readonly string[] | null = null;
  /** The live sentence after copying: copied, or why not. */
  copyStatus = '';
  #url = '';
  readonly #host: ReactiveControllerHost;
  readonly #o: RecoveryCodesOptions;

  constructor(host: ReactiveControllerHost, options: RecoveryCodesOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** Shows new codes and moves focus to their heading, so a screen reader reads them next. */
  async show(codes: readonly string[]): Promise<void> {
    this.hide();
    this.codes = codes;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    (this.#host as unknown as HTMLElement).shadowRoot?.querySelector<HTMLElement>(`#${this.#o.idPrefix}-codes-heading`)?.focus();
  }

  /** Puts the codes away for good. */
  hide(): void {
    this.#revoke();
    this.codes = null;
    this.copyStatus = '';
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    // The file's address is made again if the holder comes back to the page with the codes still shown.
    this.#revoke();
  }

  #revoke(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = '';
  }

  /** The downloaded file's text: what the codes are for, and one code a line. */
  #fileText(codes: readonly string[]): string {
    const account = this.#o.account();
    const intro = account ? msg(str`Recovery codes for ${account}`) : msg('Recovery codes');
    const rule = msg('Each code works once, in place of a code from your authenticator app.');
    return `${intro}\n${rule}\n\n${codes.join('\n')}\n`;
  }

  #fileUrl(codes: readonly string[]): string {
    this.#url ||= URL.createObjectURL(new Blob([this.#fileText(codes)], { type: 'text/plain;charset=utf-8' }));
    return this.#url;
  }

  readonly #copy = async (): Promise<void> => {
    const codes = this.codes;
    if (!codes) return;
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      this.copyStatus = msg('The recovery codes were copied.');
    } catch {
      this.copyStatus = msg('The codes could not be copied here. Download them, or select them and copy them yourself.');
    }
    this.#host.requestUpdate();
  };

  render(o: RecoveryCodesRender): TemplateResult | typeof nothing {
    const codes = this.codes;
    if (!codes) return nothing;
    const p = this.#o.idPrefix;
    return html`
      <div part="recovery-codes" class="recovery-codes">
        ${renderHeading(this.#o.headingLevel, `${p}-codes-heading`, msg('Your recovery codes'))}
        <p id=${`${p}-codes-hint`}>
          ${msg('Keep these codes somewhere safe, apart from your phone. If you lose the app, each code signs you in once in place of its code. They are shown only now.')}
        </p>
        <ul class="codes" aria-labelledby=${`${p}-codes-heading`} aria-describedby=${`${p}-codes-hint`}>
          ${codes.map((code) => html`<li><code>${code}</code></li>`)}
        </ul>
        <div class="actions">
          <button part="button" type="button" @click=${this.#copy}>${msg('Copy the codes')}</button>
          <a part="button download" class="button" href=${this.#fileUrl(codes)} download="recovery-codes.txt">${msg('Download as a text file')}</a>
          <button part="button button-primary" class="primary" type="button" @click=${o.onDone}>${o.doneLabel}</button>
        </div>
        <p part="status" class="status" role="status">${this.copyStatus}</p>
      </div>
    `;
  }
}
