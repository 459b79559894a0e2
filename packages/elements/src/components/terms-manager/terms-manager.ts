import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { TermsOverview } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { fieldSentence } from '../../internal/form-field.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { pageLocale } from '../client-access-manager/format.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import { termsRefusal } from './terms-messages.js';
import { termsManagerStyles } from './terms-manager.styles.js';
import { renderTermsUpload, type TermsFormErrors } from './terms-upload.js';
import { renderCurrentTerms, renderEarlierVersions } from './terms-view.js';

/**
 * @summary A print shop's terms of service, for whoever may manage them: the current version
 * (when and by whom published, its text, how many contacts accepted it), the versions before it
 * with their acceptances, and a new version typed in or read from a text file.
 *
 * Place it in a `<foyer-provider>` with a member's session; the server decides who may see
 * and publish the terms ("Manage terms"), and a role without it is told so in a sentence.
 * Publishing a version resets every contact's acceptance: the element says so, with how many
 * contacts will be asked to accept again, in a confirmation before anything happens.
 *
 * @slot heading - Your own words for the heading, in place of "Terms of service".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("Version 2 … is published.").
 * @csspart current - The current terms.
 * @csspart published - When, and by whom, the current terms were published.
 * @csspart acceptance - How many contacts accepted the current terms.
 * @csspart text - The current terms' text.
 * @csspart versions - The table of earlier versions.
 * @csspart version - One earlier version.
 * @csspart empty - The sentence shown while no terms are published.
 * @csspart loading - The sentence shown while the terms load.
 * @csspart error - A refusal or a field's problem.
 * @csspart form - The form that publishes a new version.
 * @csspart label - A field's label.
 * @csspart input - The title and text fields.
 * @csspart file - The file field.
 * @csspart hint - What the file field does, or which file the text was read from.
 * @csspart button - Every button.
 * @csspart button-primary - The form's publish button.
 * @csspart button-danger - The confirmation's publish button.
 * @csspart dialog - The confirmation.
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=32rem] - The width of the confirmation.
 * @cssproperty [--text-max-height=20rem] - How tall the current terms' text grows before it scrolls.
 */
export class TermsManager extends LitElement {
  static {
    TermsManager.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    overview: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    draftTitle: { state: true },
    draftText: { state: true },
    fileName: { state: true },
    errors: { state: true },
    pending: { state: true },
    confirming: { state: true },
    dialogError: { state: true },
    announcement: { state: true },
  };

  static override styles = termsManagerStyles;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  overview: TermsOverview | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  draftTitle = '';
  draftText = '';
  fileName = '';
  errors: TermsFormErrors = {};
  pending = false;
  confirming = false;
  dialogError = '';
  announcement = '';

  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.overview = undefined;
      this.loadError = '';
      this.announcement = '';
      this.confirming = false;
      this.#clearForm();
      if (c) void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.overview || this.loadError ? firstControl(this.renderRoot.querySelector('.base')) : undefined),
  });

  /** Reads the terms, their versions and the contacts' acceptances from the server again. */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    this.loadError = '';
    try {
      const overview = await c.api.terms.versions.query({ workspace: c.workspace });
      if (!this.#link.isCurrent(ticket)) return;
      this.overview = overview;
    } catch (error) {
      if (!this.#link.isCurrent(ticket)) return;
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = termsRefusal(info);
      this.retryable = isRetryable(info);
    }
  }

  #clearForm(): void {
    this.draftTitle = '';
    this.draftText = '';
    this.fileName = '';
    this.errors = {};
    const file = this.renderRoot?.querySelector<HTMLInputElement>('#terms-file');
    if (file) file.value = '';
  }

  /** A picked file's text goes into the text field, where it is checked before publishing; its name titles an untitled version. */
  async #readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const text = await file.text();
    this.draftText = text;
    this.fileName = file.name;
    if (!this.draftTitle.trim()) this.draftTitle = file.name.replace(/\.[^.]+$/, '');
    this.errors = { ...this.errors, text: undefined };
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.pending || !this.overview) return;
    const title = this.draftTitle.trim();
    const text = this.draftText.trim();
    this.errors = {
      title: title ? undefined : msg('Enter a title for the new version.'),
      text: text ? undefined : msg('Type the terms, or read them from a file.'),
    };
    if (!title || !text) {
      this.renderRoot.querySelector<HTMLElement>(title ? '#terms-text' : '#terms-title')?.focus();
      return;
    }
    // Nothing happens before the person has read what publishing does.
    this.dialogError = '';
    this.confirming = true;
  }

  async #publish(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.pending) return;
    this.pending = true;
    try {
      const published = await c.api.terms.upload.mutate({ workspace: c.workspace, title: this.draftTitle.trim(), text: this.draftText });
      this.confirming = false;
      this.#clearForm();
      await this.refresh();
      await this.#say(msg(str`Version ${published.version}, “${published.title}”, is published. Every contact is asked to accept it.`));
      this.renderRoot.querySelector<HTMLElement>('#current-title')?.focus();
    } catch (error) {
      const info = describeError(error);
      if (this.#signIn.refused(info, c.token)) {
        this.confirming = false;
        return;
      }
      const field = info.code === 'INVALID_INPUT' ? (['title', 'text'] as const).find((f) => info.fieldErrors[f]) : undefined;
      if (field) {
        // The problem is fixed in the form: the dialog closes onto the field.
        this.confirming = false;
        this.errors = { [field]: fieldSentence(info.fieldErrors[field]!) };
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`#terms-${field}`)?.focus();
      } else {
        this.dialogError = termsRefusal(info);
      }
    } finally {
      this.pending = false;
    }
  }

  #cancel(): void {
    if (!this.pending) this.confirming = false;
  }

  /** Says a result in the live region, again even when it reads as the last one did. */
  async #say(sentence: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = sentence;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Terms of service')}</slot></h2>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.connection?.workspace ?? '',
      prompt: this.#signIn,
      signIn: msg('Sign in to manage the terms of service.'),
      chooseWorkspace: msg('Choose an account to see its terms of service.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: Boolean(this.overview),
      loading: msg('Loading the terms of service…'),
    });
    if (waiting) return waiting;
    const overview = this.overview!;
    const locale = pageLocale(this);
    return html`
      ${renderCurrentTerms(overview, locale)} ${renderEarlierVersions(overview, locale)}
      ${renderTermsUpload({
        overview,
        title: this.draftTitle,
        text: this.draftText,
        fileName: this.fileName,
        errors: this.errors,
        pending: this.pending,
        confirming: this.confirming,
        dialogError: this.dialogError,
        onTitle: (value) => (this.draftTitle = value),
        onText: (value) => {
          this.draftText = value;
          this.fileName = '';
        },
        onFile: (file) => void this.#readFile(file),
        onSubmit: (event) => this.#handleSubmit(event),
        onConfirm: (event) => void this.#publish(event),
        onCancel: () => this.#cancel(),
      })}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'terms-manager': TermsManager;
  }
}
