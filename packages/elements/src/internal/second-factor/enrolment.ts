import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describeError, type FoyerApi, type FoyerErrorInfo } from '@foyer/client';
import type { SecondFactorEnrolment as Enrolment } from '@foyer/schema';
import { errorSentenceWithWait } from '../messages.js';
import { renderHeading, type HeadingLevel } from './heading.js';
import type { QrShape } from './qr-code.js';
import { RecoveryCodesView } from './recovery-codes.js';

/** Where the setup stands: not shown, asking the password, showing the key, showing the new recovery codes. */
export type EnrolmentPhase = 'closed' | 'password' | 'scan' | 'codes';

export interface EnrolmentOptions {
  /** Prefix of the ids, unique within the holder's shadow root. */
  idPrefix: string;
  headingLevel: HeadingLevel;
  /** Whose second factor it is (the account's email), named in the recovery codes' file. */
  account: () => string;
  /** What the last step's button says: "Done", "Continue". */
  doneLabel: () => string;
  /** Why the setup is asked for, said under its heading ("This workspace requires …"); none by default. */
  intro?: () => string;
  /** The second factor is on and the person put the recovery codes away. */
  onDone: () => void;
  /** The person gave up before the second factor was on; nothing changed. */
  onCancel: () => void;
}

/**
 * Setting up an authenticator app, step by step, for every element that offers it (the own
 * account's security page, and signing in to a workspace that requires a second factor): the
 * current password, then the QR code and the key typed out, a code from the app to confirm,
 * and the new recovery codes, shown once. The server holds the new secret pending until a code
 * from it is confirmed, so giving up on the way changes nothing.
 *
 * The QR encoder is fetched by a dynamic import() when a setup begins, so no entry point carries it.
 */
export class SecondFactorEnrolment {
  phase: EnrolmentPhase = 'closed';
  busy = false;
  /** A refusal that belongs to no one field. */
  error = '';
  passwordError = '';
  codeError = '';
  /** The live sentence after copying the key. */
  keyStatus = '';
  readonly codes: RecoveryCodesView;
  #api: FoyerApi | null = null;
  #enrolment: Enrolment | null = null;
  /** The QR code, undefined while it is drawn, null when the encoder could not be loaded. */
  #qr: QrShape | null | undefined = undefined;
  readonly #host: ReactiveElement;
  readonly #o: EnrolmentOptions;

  constructor(host: ReactiveElement, options: EnrolmentOptions) {
    this.#host = host;
    this.#o = options;
    this.codes = new RecoveryCodesView(host, { idPrefix: options.idPrefix, headingLevel: options.headingLevel, account: options.account });
  }

  /** Starts a setup by asking the current password, which the server wants before a new secret. */
  async askPassword(api: FoyerApi): Promise<void> {
    this.#reset();
    this.#api = api;
    this.phase = 'password';
    this.#host.requestUpdate();
    await this.#focus(`#${this.#o.idPrefix}-password`);
  }

  /**
   * Asks the server for a new secret with the password the person gave (here, or just before
   * in a sign-in) and shows it. The refusal, when there is one, is answered as well as shown.
   */
  async begin(api: FoyerApi, password: string): Promise<FoyerErrorInfo | null> {
    this.#api = api;
    this.busy = true;
    this.error = '';
    this.passwordError = '';
    this.#host.requestUpdate();
    // Fetched beside the server's answer: the code is drawn as soon as the key is there.
    const encoder = import('./qr-code.js');
    try {
      const enrolment = await api.identity.secondFactor.begin.mutate({ password });
      this.#enrolment = enrolment;
      this.#qr = undefined;
      this.codeError = '';
      this.keyStatus = '';
      this.phase = 'scan';
      this.busy = false;
      encoder.then(
        (module) => this.#drawn(enrolment, module.qrShape(enrolment.otpauthUrl)),
        () => this.#drawn(enrolment, null),
      );
      await this.#focus(`#${this.#o.idPrefix}-scan-heading`);
      return null;
    } catch (error) {
      encoder.catch(() => {});
      const info = describeError(error);
      if (info.code === 'WRONG_PASSWORD') this.passwordError = msg('The password is not correct.');
      else this.error = errorSentenceWithWait(info);
      if (this.phase === 'password') await this.#focus(this.passwordError ? `#${this.#o.idPrefix}-password` : 'input');
      return info;
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  }

  /** Leaves the setup without a trace: the codes and the key are forgotten. */
  close(): void {
    this.#reset();
    this.phase = 'closed';
    this.#host.requestUpdate();
  }

  #reset(): void {
    this.#enrolment = null;
    this.#qr = undefined;
    this.busy = false;
    this.error = '';
    this.passwordError = '';
    this.codeError = '';
    this.keyStatus = '';
    this.codes.hide();
  }

  #drawn(enrolment: Enrolment, qr: QrShape | null): void {
    if (this.#enrolment !== enrolment) return;
    this.#qr = qr;
    this.#host.requestUpdate();
  }

  /** Moves focus after the render that shows what changed (the new step, or a field's problem). */
  async #focus(selector: string): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #cancel = (): void => {
    this.close();
    this.#o.onCancel();
  };

  readonly #handlePassword = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const api = this.#api;
    if (!api || this.busy) return;
    const password = String(new FormData(event.currentTarget as HTMLFormElement).get('password') ?? '');
    if (!password) {
      this.passwordError = msg('Enter your current password.');
      this.#host.requestUpdate();
      await this.#focus(`#${this.#o.idPrefix}-password`);
      return;
    }
    await this.begin(api, password);
  };

  readonly #handleConfirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const api = this.#api;
    if (!api || this.busy) return;
    const code = String(new FormData(event.currentTarget as HTMLFormElement).get('code') ?? '').replace(/\s+/g, '');
    const codeField = `#${this.#o.idPrefix}-code`;
    this.codeError = /^\d{6}$/.test(code) ? '' : msg('Enter the 6 digits your authenticator app shows.');
    if (this.codeError) {
      this.#host.requestUpdate();
      await this.#focus(codeField);
      return;
    }
    this.busy = true;
    this.#host.requestUpdate();
    try {
      const { recoveryCodes } = await api.identity.secondFactor.confirm.mutate({ code });
      this.#enrolment = null;
      this.phase = 'codes';
      this.busy = false;
      await this.codes.show(recoveryCodes);
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'SECOND_FACTOR_NOT_BEGUN') {
        // The key waited too long (or another setup began since): it is of no use any more.
        this.#reset();
        this.phase = 'password';
        this.error = msg('This setup has expired. Enter your password to begin again with a new key.');
        this.#host.requestUpdate();
        await this.#focus(`#${this.#o.idPrefix}-password`);
        return;
      }
      this.codeError = errorSentenceWithWait(info);
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#host.shadowRoot?.querySelector<HTMLInputElement>(codeField)?.select();
    } finally {
      this.busy = false;
      this.#host.requestUpdate();
    }
  };

  readonly #done = (): void => {
    this.close();
    this.#o.onDone();
  };

  readonly #copyKey = async (): Promise<void> => {
    const secret = this.#enrolment?.secret;
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      this.keyStatus = msg('The key was copied.');
    } catch {
      this.keyStatus = msg('The key could not be copied here. Type it into your app as shown.');
    }
    this.#host.requestUpdate();
  };

  render(): TemplateResult | typeof nothing {
    switch (this.phase) {
      case 'closed':
        return nothing;
      case 'password':
        return this.#renderPassword();
      case 'scan':
        return this.#enrolment ? this.#renderScan(this.#enrolment) : nothing;
      case 'codes':
        return this.codes.render({ doneLabel: this.#o.doneLabel(), onDone: this.#done });
    }
  }

  #renderPassword(): TemplateResult {
    const p = this.#o.idPrefix;
    return html`
      <form part="form" class="enrolment" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handlePassword}>
        ${renderHeading(this.#o.headingLevel, `${p}-password-heading`, msg('Set up an authenticator app'))} ${this.#renderIntro()}
        <div class="field">
          <label part="label" for=${`${p}-password`}>${msg('Current password')}</label>
          <input
            part="input"
            id=${`${p}-password`}
            name="password"
            type="password"
            autocomplete="current-password"
            aria-invalid=${this.passwordError ? 'true' : 'false'}
            aria-describedby=${`${p}-password-hint ${p}-password-error`}
          />
          <p part="hint" class="hint" id=${`${p}-password-hint`}>${msg('Your password confirms it is you before a new key is made.')}</p>
          <p part="error" class="error" id=${`${p}-password-error`}>${this.passwordError || nothing}</p>
        </div>
        <p part="error" class="error" role="alert">${this.error || nothing}</p>
        <div class="actions">
          <button part="button button-primary" class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Making a key…') : msg('Continue')}</button>
          <button part="button" class="secondary" type="button" ?disabled=${this.busy} @click=${this.#cancel}>${msg('Cancel')}</button>
        </div>
      </form>
    `;
  }

  #renderScan(enrolment: Enrolment): TemplateResult {
    const p = this.#o.idPrefix;
    return html`
      <form part="form" class="enrolment" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#handleConfirm}>
        ${renderHeading(this.#o.headingLevel, `${p}-scan-heading`, msg('Set up an authenticator app'))} ${this.#renderIntro()}
        <ol class="steps">
          <li>${msg('Open an authenticator app on your phone and add an account.')}</li>
          <li>${msg('Scan the QR code, or type in the key shown beside it.')}</li>
          <li>${msg('Enter the 6-digit code the app then shows.')}</li>
        </ol>
        <div class="key-box">
          ${this.#renderQr(`${p}-key`)}
          <div class="key-text">
            <p class="key-label">${msg('Key')}</p>
            <code part="key" class="key" id=${`${p}-key`}>${groupedKey(enrolment.secret)}</code>
            <button part="button" class="secondary" type="button" @click=${this.#copyKey}>${msg('Copy the key')}</button>
            <p part="status" class="status" role="status">${this.keyStatus}</p>
          </div>
        </div>
        <div class="field">
          <label part="label" for=${`${p}-code`}>${msg('Code from your authenticator app')}</label>
          <input
            part="input"
            id=${`${p}-code`}
            name="code"
            type="text"
            inputmode="numeric"
            autocomplete="one-time-code"
            spellcheck="false"
            aria-invalid=${this.codeError ? 'true' : 'false'}
            aria-describedby=${`${p}-code-error`}
          />
          <p part="error" class="error" id=${`${p}-code-error`} role="alert">${this.codeError || nothing}</p>
        </div>
        <div class="actions">
          <button part="button button-primary" class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? msg('Checking…') : msg('Turn on')}</button>
          <button part="button" class="secondary" type="button" ?disabled=${this.busy} @click=${this.#cancel}>${msg('Cancel')}</button>
        </div>
      </form>
    `;
  }

  #renderIntro(): TemplateResult | typeof nothing {
    const intro = this.#o.intro?.();
    return intro ? html`<p part="hint" class="intro">${intro}</p>` : nothing;
  }

  #renderQr(keyId: string): TemplateResult {
    const qr = this.#qr;
    if (qr === undefined) return html`<p class="qr-placeholder" role="status">${msg('Drawing the QR code…')}</p>`;
    if (qr === null) return html`<p class="qr-placeholder">${msg('The QR code could not be shown here. Type the key into your app instead.')}</p>`;
    return html`
      <svg part="qr" class="qr" viewBox=${`0 0 ${qr.size} ${qr.size}`} role="img" aria-label=${msg('QR code for your authenticator app')} aria-describedby=${keyId} shape-rendering="crispEdges">
        <rect class="qr-light" width=${qr.size} height=${qr.size}></rect>
        <path class="qr-dark" d=${qr.path}></path>
      </svg>
    `;
  }
}

/** A key in groups of four, as people read it aloud and type it: `ABCD EFGH …`. */
export function groupedKey(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
