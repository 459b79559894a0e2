import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Item } from '@foyer/schema';
import { pictureCaption } from '../picture-caption.js';

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/** How far a finger travels sideways before a swipe turns the picture. */
const swipeDistance = 48;

/**
 * One open gallery's pictures, one at a time, large: a modal dialog over the page that the
 * arrow keys (and Home, End) and a sideways swipe move through, that Escape or Close leave, and
 * that gives focus back to the picture it was opened from. The host renders `render()` beside
 * its gallery and calls `open` from a picture's button.
 */
export class Lightbox implements ReactiveController {
  #items: readonly Item[] = [];
  #index = -1;
  #opener: HTMLElement | null = null;
  #swipeFrom: number | null = null;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#index = -1;
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector<HTMLDialogElement>('dialog.lightbox');
  }

  /** The picture shown, or undefined while closed. */
  get current(): Item | undefined {
    return this.#items[this.#index];
  }

  async open(items: readonly Item[], index: number, opener: HTMLElement): Promise<void> {
    this.#items = items;
    this.#index = index;
    this.#opener = opener;
    // The browser gives focus back, on close, to what had it when the dialog opened; a button
    // clicked by a script or a touch never took it, so it takes it now and both agree.
    opener.focus({ preventScroll: true });
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>('.lightbox-close')?.focus();
  }

  close(): void {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
  }

  /** Turns to the picture `by` away, stopping at the first and the last. */
  move(by: number): void {
    const next = Math.min(this.#items.length - 1, Math.max(0, this.#index + by));
    if (next === this.#index) return;
    this.#index = next;
    this.#host.requestUpdate();
  }

  readonly #handleClose = (): void => {
    this.#index = -1;
    this.#host.requestUpdate();
    const opener = this.#opener;
    this.#opener = null;
    // A gallery drawn again while the picture was open holds a new button for the same picture.
    const id = opener?.closest<HTMLElement>('[data-item-id]')?.dataset.itemId;
    const target = opener?.isConnected ? opener : id ? this.#host.renderRoot.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] .item-open`) : null;
    target?.focus();
  };

  readonly #handleKey = (event: KeyboardEvent): void => {
    const moves: Record<string, () => void> = {
      ArrowRight: () => this.move(1),
      ArrowLeft: () => this.move(-1),
      Home: () => this.move(-this.#index),
      End: () => this.move(this.#items.length),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  readonly #handlePointerDown = (event: PointerEvent): void => {
    this.#swipeFrom = event.clientX;
  };

  readonly #handlePointerUp = (event: PointerEvent): void => {
    if (this.#swipeFrom === null) return;
    const travelled = event.clientX - this.#swipeFrom;
    this.#swipeFrom = null;
    if (Math.abs(travelled) >= swipeDistance) this.move(travelled < 0 ? 1 : -1);
  };

  /** The dialog; empty while no picture is open. `actions` are the host's controls for the picture shown. */
  render(url: (path: string) => string, actions?: (item: Item) => TemplateResult): TemplateResult {
    const item = this.current;
    const n = this.#items.length;
    return html`
      <dialog
        part="lightbox"
        class="lightbox"
        aria-labelledby="lightbox-caption"
        @close=${this.#handleClose}
        @keydown=${this.#handleKey}
        @pointerdown=${this.#handlePointerDown}
        @pointerup=${this.#handlePointerUp}
      >
        ${
          item
            ? html`
              <div class="lightbox-bar">
                <p part="lightbox-count" class="lightbox-count">${msg(str`Picture ${this.#index + 1} of ${n}`)}</p>
                <button part="button lightbox-close" class="lightbox-close" type="button" @click=${() => this.close()}>${msg('Close')}</button>
              </div>
              <figure class="lightbox-figure">
                <img part="lightbox-image" class="lightbox-image" src=${url(item.screenUrl)} alt=${pictureCaption(item)} draggable="false" />
                <figcaption part="lightbox-caption" id="lightbox-caption">${pictureCaption(item)}</figcaption>
              </figure>
              ${actions ? actions(item) : nothing}
              <div class="lightbox-bar">
                <button part="button lightbox-previous" type="button" ?disabled=${this.#index === 0} @click=${() => this.move(-1)}>
                  <span aria-hidden="true">←</span> ${msg('Previous picture')}
                </button>
                <a part="button lightbox-full" href=${url(item.url)} target="_blank" rel="noopener">${msg('Open the full picture')}</a>
                <button part="button lightbox-next" type="button" ?disabled=${this.#index === n - 1} @click=${() => this.move(1)}>
                  ${msg('Next picture')} <span aria-hidden="true">→</span>
                </button>
              </div>
            `
            : nothing
        }
      </dialog>
    `;
  }
}
