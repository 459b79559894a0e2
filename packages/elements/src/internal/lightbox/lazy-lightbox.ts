import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Item } from '@foyer/schema';
import { LazyPart } from '../lazy-part/lazy-part.js';
import type { Lightbox } from './lightbox.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The lightbox, fetched when a visitor first comes near the gallery (the pointer over it, the
 * focus in it) or opens a picture: a page of galleries that nobody opens large never loads it.
 * It answers as the lightbox does; until its code has come it renders nothing. Should the code
 * not come (the network went away), the picture opens on its own in a new tab instead.
 */
export class LazyLightbox implements ReactiveController {
  readonly #host: Host;
  readonly #part = new LazyPart(() => import('./lightbox.js'));
  #lightbox: Lightbox | undefined;
  #url: (path: string) => string = (path) => path;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerover', this.#part.prefetch, { once: true });
    this.#host.addEventListener('focusin', this.#part.prefetch, { once: true });
  }

  async open(items: readonly Item[], index: number, opener: HTMLElement): Promise<void> {
    const part = await this.#part.get().catch(() => undefined);
    if (!part) {
      const item = items[index];
      if (item) window.open(this.#url(item.url), '_blank', 'noopener');
      return;
    }
    this.#lightbox ??= new part.Lightbox(this.#host);
    await this.#lightbox.open(items, index, opener);
  }

  render(url: (path: string) => string, actions?: (item: Item) => TemplateResult): TemplateResult | typeof nothing {
    this.#url = url;
    return this.#lightbox?.render(url, actions) ?? nothing;
  }
}
