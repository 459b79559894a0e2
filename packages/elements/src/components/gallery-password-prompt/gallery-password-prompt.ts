import { LitElement, html } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { consumeConnection } from '../../internal/consume-connection.js';
import { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import { errorSentence } from '../../internal/messages.js';
import { galleryPasswordPromptStyles } from './gallery-password-prompt.styles.js';

/**
 * @summary Asks for a gallery's password, the one its direct link is guarded by, and unlocks
 * the gallery for this provider's session.
 *
 * Used by `<gallery-direct-link>`; usable on its own. A client with an access code never
 * sees it: the code opens the galleries it covers without their passwords.
 *
 * @event foyer-signed-in - The password was right; `kind` is `gallery`. The provider now holds
 *   a session for this gallery.
 *
 * @csspart form - The form.
 * @csspart heading - The gallery's title.
 * @csspart label - The password field's label.
 * @csspart input - The password field.
 * @csspart error - The live region that tells why a password was refused.
 * @csspart button - The submit button.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between the form's rows.
 * @cssproperty [--form-max-width=24rem] - The form's widest extent.
 * @cssproperty [--input-border-color=var(--foyer-color-border)]
 * @cssproperty [--input-radius=var(--foyer-radius)]
 * @cssproperty [--button-background=var(--foyer-color-accent)]
 * @cssproperty [--button-color=var(--foyer-color-accent-text)]
 * @cssproperty [--button-radius=var(--foyer-radius)]
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 */
export class GalleryPasswordPrompt extends LitElement {
  static {
    GalleryPasswordPrompt.addInitializer(updateWhenLocaleChanges);
    GalleryPasswordPrompt.addInitializer(consumeConnection);
  }

  static override properties = {
    connection: { state: true },
    gallery: {},
    galleryTitle: { attribute: 'gallery-title' },
    busy: { state: true },
    error: { state: true },
  };

  static override styles = galleryPasswordPromptStyles;

  /** The nearest provider's connection; a new one (a session began or ended) re-renders the element. */
  connection: FoyerConnection | undefined = undefined;

  /** The id of the gallery to unlock. */
  gallery = '';

  /** The gallery's title, shown as the prompt's heading. */
  galleryTitle = '';

  busy = false;
  error = '';

  get #input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('input') ?? null;
  }

  /** Focuses the password field. */
  override focus(options?: FocusOptions): void {
    this.#input?.focus(options);
  }

  async #handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const connection = this.connection;
    if (!connection || !this.gallery || this.busy) return;
    const password = this.#input?.value ?? '';
    if (!password) {
      this.error = msg('Enter the gallery’s password.');
      this.#input?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const session = await connection.api.publicGallery.unlock.mutate({
        workspace: connection.workspace,
        galleryId: this.gallery,
        password,
      });
      connection.signIn(session.token, 'gallery');
      this.dispatchEvent(new FoyerSignedInEvent('gallery'));
    } catch (error) {
      const info = describeError(error);
      // Too short to be any gallery's password: as wrong as any other.
      this.error = errorSentence(info.code === 'INVALID_INPUT' ? { ...info, code: 'WRONG_GALLERY_PASSWORD' } : info);
      await this.updateComplete;
      this.#input?.select();
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const invalid = this.error ? 'true' : 'false';
    return html`
      <form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} aria-labelledby="prompt-heading" @submit=${this.#handleSubmit}>
        <h2 part="heading" id="prompt-heading">${this.galleryTitle || msg('Protected gallery')}</h2>
        <p class="intro" id="prompt-intro">${msg('This gallery is protected by a password.')}</p>
        <div class="field">
          <label part="label" for="password">${msg('Gallery password')}</label>
          <input
            part="input"
            id="password"
            name="password"
            type="password"
            autocomplete="off"
            aria-describedby="prompt-intro password-error"
            aria-invalid=${invalid}
          />
          <p part="error" class="error" id="password-error" role="alert">${this.error}</p>
        </div>
        <button part="button" type="submit" ?disabled=${this.busy}>
          ${this.busy ? msg('Opening…') : this.galleryTitle ? msg(str`Open ${this.galleryTitle}`) : msg('Open gallery')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gallery-password-prompt': GalleryPasswordPrompt;
  }
}
