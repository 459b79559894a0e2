import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { SecondFactorStatus } from '@foyer/schema';
import { errorSentence, errorSentenceWithWait } from '../../internal/messages.js';
import { renderDialogActions } from '../../internal/modal-dialog/dialog-actions.js';
import '../../internal/modal-dialog/define.js';
import { SecondFactorEnrolment } from '../../internal/second-factor/enrolment.js';
import { RecoveryCodesView } from '../../internal/second-factor/recovery-codes.js';
import { focusAfterUpdate, type PanelContext } from './panel.js';

/** What the proof dialog confirms: new recovery codes, or turning the second factor off. */
type ProofAction = 'regenerate' | 'disable';

/**
 * The second factor: off, with its setup (the shared enrolment steps); or on, with new
 * recovery codes and turning it off, each confirmed in a dialog that says what it does and
 * asks what the server asks: the current password and a code from the app (or a recovery code).
 */
export class SecondFactorPanel {
  status: SecondFactorStatus | undefined = undefined;
  loadError = '';
  proof: ProofAction | null = null;
  pending = false;
  passwordError = '';
  codeError = '';
  dialogError = '';
  message = '';
  readonly enrolment: SecondFactorEnrolment;
  /** The codes regenerate answers with, shown once. */
  readonly newCodes: RecoveryCodesView;
  #from: HTMLElement | null = null;
  #loads = 0;
  readonly #c: PanelContext;

  /** `account`: the person's email, named in the recovery codes' file. */
  constructor(context: PanelContext, account: () => string) {
    this.#c = context;
    this.enrolment = new SecondFactorEnrolment(context.host, {
      idPrefix: 'enrol',
      headingLevel: 4,
      account,
      doneLabel: () => msg('Done'),
      onDone: () => void this.#settled(msg('The second factor is on. Signing in now also asks for a code from your app.'), '#second-factor-title'),
      onCancel: () => void focusAfterUpdate(context.host, '#set-up'),
    });
    this.newCodes = new RecoveryCodesView(context.host, { idPrefix: 'new', headingLevel: 4, account });
  }

  async load(): Promise<void> {
    const c = this.#c.connection();
    if (!c?.token) return;
    const load = ++this.#loads;
    this.loadError = '';
    try {
      const status = await c.api.identity.secondFactor.status.query();
      if (load === this.#loads) this.status = status;
    } catch (error) {
      if (load === this.#loads) this.loadError = errorSentence(describeError(error));
    }
    this.#c.host.requestUpdate();
  }

  forget(): void {
    this.#loads++;
    this.status = undefined;
    this.loadError = '';
    this.proof = null;
    this.message = '';
    this.enrolment.close();
    this.newCodes.hide();
  }

  async #settled(message: string, focus: string): Promise<void> {
    this.message = message;
    await this.load();
    await focusAfterUpdate(this.#c.host, focus);
  }

  readonly #setUp = (): void => {
    const c = this.#c.connection();
    if (!c) return;
    this.message = '';
    void this.enrolment.askPassword(c.api);
  };

  #ask(action: ProofAction, event: Event): void {
    this.#from = event.currentTarget as HTMLElement;
    this.proof = action;
    this.message = '';
    this.passwordError = '';
    this.codeError = '';
    this.dialogError = '';
    this.#c.host.requestUpdate();
  }

  readonly #cancel = (): void => {
    if (this.pending) return;
    this.proof = null;
    this.#c.host.requestUpdate();
  };

  readonly #confirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#c.connection();
    const action = this.proof;
    if (!c || !action || this.pending) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const password = String(data.get('password') ?? '');
    const typed = String(data.get('code') ?? '').replace(/\s+/g, '');
    const host = this.#c.host;
    this.dialogError = '';
    this.passwordError = password ? '' : msg('Enter your current password.');
    this.codeError = typed ? '' : msg('Enter the code from your authenticator app, or one of your recovery codes.');
    if (this.passwordError || this.codeError) {
      host.requestUpdate();
      return focusAfterUpdate(host, this.passwordError ? '#proof-password' : '#proof-code');
    }
    // Six digits are the app's code; anything else is one of the recovery codes.
    const proof = /^\d{6}$/.test(typed) ? { code: typed } : { recoveryCode: typed };
    this.pending = true;
    host.requestUpdate();
    try {
      if (action === 'regenerate') {
        const { recoveryCodes } = await c.api.identity.secondFactor.regenerateRecoveryCodes.mutate({ password, ...proof });
        this.#closeDialog();
        await this.newCodes.show(recoveryCodes);
        void this.load();
      } else {
        await c.api.identity.secondFactor.disable.mutate({ password, ...proof });
        this.#closeDialog();
        await this.#settled(msg('The second factor is off. Signing in asks only for your password now.'), '#set-up');
      }
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'WRONG_PASSWORD') this.passwordError = msg('Your current password is not correct.');
      else if (info.code === 'WRONG_SECOND_FACTOR_CODE' || info.code === 'INVALID_INPUT') {
        this.codeError = info.code === 'INVALID_INPUT' ? msg('Enter the 6 digits from your authenticator app, or one of your recovery codes.') : errorSentence(info);
      } else this.dialogError = errorSentenceWithWait(info);
      host.requestUpdate();
      await host.updateComplete;
      host.shadowRoot?.querySelector<HTMLInputElement>(this.passwordError ? '#proof-password' : '#proof-code')?.select();
    } finally {
      this.pending = false;
      host.requestUpdate();
    }
  };

  #closeDialog(): void {
    this.proof = null;
    // Focus goes where the result is shown, not back to the button that asked.
    this.#from = null;
    this.#c.host.requestUpdate();
  }

  readonly #codesDone = (): void => {
    this.newCodes.hide();
    void this.#settled(msg('Your new recovery codes are in force. The old ones no longer work.'), '#second-factor-title');
  };

  render(): TemplateResult {
    return html`
      <section part="section" class="section" aria-labelledby="second-factor-title">
        <h3 part="section-title" id="second-factor-title" tabindex="-1">${msg('Second factor')}</h3>
        <p part="message" class="message" role="status">${this.message}</p>
        ${this.#renderBody()} ${this.#renderDialog()}
      </section>
    `;
  }

  #renderBody(): TemplateResult | typeof nothing {
    if (this.enrolment.phase !== 'closed') return this.enrolment.render();
    if (this.newCodes.codes) return this.newCodes.render({ doneLabel: msg('Done'), onDone: this.#codesDone });
    if (this.loadError) return html`<p part="error" role="alert">${this.loadError}</p>`;
    const status = this.status;
    if (!status) return html`<p part="loading">${msg('Loading your second factor…')}</p>`;
    if (!status.enabled) {
      return html`
        <p>${msg('Off. With a second factor, signing in also asks for a code from an authenticator app on your phone, so your password alone is not enough.')}</p>
        <button part="button button-primary" class="primary" id="set-up" type="button" @click=${this.#setUp}>${msg('Set up an authenticator app')}</button>
      `;
    }
    const since = status.enabledAt ? new Intl.DateTimeFormat(this.#c.locale(), { dateStyle: 'medium' }).format(new Date(status.enabledAt)) : '';
    const left = status.recoveryCodesLeft;
    return html`
      <p>${since ? msg(str`On since ${since}: signing in asks for a code from your authenticator app.`) : msg('On: signing in asks for a code from your authenticator app.')}</p>
      <p class="muted">${left === 1 ? msg('1 recovery code left.') : msg(str`${left} recovery codes left.`)}</p>
      <div class="actions">
        <button part="button" type="button" @click=${(e: Event) => this.#ask('regenerate', e)}>${msg('Make new recovery codes')}</button>
        <button part="button button-danger" class="danger" type="button" @click=${(e: Event) => this.#ask('disable', e)}>${msg('Turn off')}</button>
      </div>
    `;
  }

  #renderDialog(): TemplateResult {
    const action = this.proof;
    return html`
      <foyer-modal-dialog fallback-focus="#second-factor-title" .open=${action !== null} .returnFocus=${this.#from} @cancel=${this.#cancel}>
        <dialog part="dialog" aria-labelledby="proof-heading" aria-describedby="proof-body">
          ${action ? this.#renderProofForm(action) : nothing}
        </dialog>
      </foyer-modal-dialog>
    `;
  }

  #renderProofForm(action: ProofAction): TemplateResult {
    const regenerate = action === 'regenerate';
    return html`
      <form class="dialog-form" novalidate aria-busy=${this.pending ? 'true' : 'false'} @submit=${this.#confirm}>
        <h3 id="proof-heading">${regenerate ? msg('Make new recovery codes?') : msg('Turn off the second factor?')}</h3>
        <p id="proof-body">
          ${
            regenerate
              ? msg('Your old recovery codes stop working at once, used or not. The new ones are shown once.')
              : msg('Signing in then asks only for your password. A workspace that requires a second factor will not let you in until you set one up again.')
          }
        </p>
        <div class="field">
          <label part="label" for="proof-password">${msg('Current password')}</label>
          <input
            part="input"
            id="proof-password"
            name="password"
            type="password"
            autocomplete="current-password"
            autofocus
            aria-invalid=${this.passwordError ? 'true' : 'false'}
            aria-describedby="proof-password-error"
          />
          <p part="error" class="error" id="proof-password-error">${this.passwordError || nothing}</p>
        </div>
        <div class="field">
          <label part="label" for="proof-code">${msg('Code from your authenticator app, or a recovery code')}</label>
          <input
            part="input"
            id="proof-code"
            name="code"
            type="text"
            autocomplete="one-time-code"
            spellcheck="false"
            aria-invalid=${this.codeError ? 'true' : 'false'}
            aria-describedby="proof-code-error"
          />
          <p part="error" class="error" id="proof-code-error">${this.codeError || nothing}</p>
        </div>
        ${this.dialogError ? html`<p part="error" role="alert">${this.dialogError}</p>` : nothing}
        ${renderDialogActions({
          cancel: { label: msg('Cancel'), onClick: this.#cancel, autofocus: false },
          actions: [
            {
              label: this.pending ? msg('Checking…') : regenerate ? msg('Make new codes') : msg('Turn off'),
              tone: 'danger',
              type: 'submit',
              disabled: this.pending,
            },
          ],
        })}
      </form>
    `;
  }
}
