import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import type { AccessEditor, AccessEditorOptions } from './access-editor.js';
import type { DetailActions, DetailActionsOptions } from './detail-actions.js';

export interface DetailLoaderOptions extends AccessEditorOptions, DetailActionsOptions {
  /** Says above the list why what was asked for does not open. */
  unavailable: (sentence: string) => void;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * One access in detail, with the dialogs its actions open and the form that makes or edits an
 * access, fetched when first needed: many visits only look at the list. Its parts are made
 * when the code has come, and kept.
 */
export class DetailLoader implements ReactiveController {
  /** What the buttons of the access in detail do, with the dialogs they open. */
  actions: DetailActions | undefined;
  /** The form for a new access or an edited one; it opens only where the detail can show (see `ready`). */
  editor: AccessEditor | undefined;
  readonly #host: Host;
  readonly #o: DetailLoaderOptions;
  readonly #part = new LazyPart(() => import('./detail-part.js'));

  constructor(host: Host, options: DetailLoaderOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The detail's code, once it is here. */
  get module() {
    return this.#part.module;
  }

  hostConnected(): void {
    // The person comes near the list: the detail it opens is fetched now, so it opens without a wait.
    this.#host.addEventListener('pointerover', this.#part.prefetch, { once: true });
    this.#host.addEventListener('focusin', this.#part.prefetch, { once: true });
  }

  /**
   * Fetches the detail's code before a view that shows it, or leads to it, opens. When it cannot
   * be fetched that is said above the list and nothing else changes: focus stays where it was.
   */
  async ready(): Promise<boolean> {
    const c = this.#o.connection();
    const part = await this.#part.get().catch(() => undefined);
    if (!part) {
      this.#o.unavailable(partUnavailable());
      return false;
    }
    this.actions ??= new part.DetailActions(this.#host, this.#o);
    this.editor ??= new part.AccessEditor(this.#host, this.#o);
    // Signed out or switched while the code came: what was asked for is gone.
    return this.#o.connection() === c;
  }
}
