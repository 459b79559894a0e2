import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import type { AccessEditor, AccessEditorOptions } from './access-editor.js';
import type { CodeSharing } from './code-sharing.js';
import type { DetailActions, DetailActionsOptions } from './detail-actions.js';
import type { GalleryChoice } from './gallery-choice.js';
import type { SelectionList } from './selection-list.js';

export interface DetailLoaderOptions extends Omit<AccessEditorOptions, 'sharing'>, Omit<DetailActionsOptions, 'sharing'> {
  /** The entry page's address, which a shared code's mail and link lead to. */
  entryUrl: () => string;
  /** Puts a sentence in the live region; resolves once it is there. */
  announce: (text: string) => Promise<void>;
  /** Says above the list why what was asked for does not open. */
  unavailable: (sentence: string) => void;
  /** Clears the refusal shown above the access's facts. */
  clearError: () => void;
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
  /** A code shown once, copied or mailed to the client. */
  sharing: CodeSharing | undefined;
  /** Ticking the galleries the access opens by hand. */
  galleries: GalleryChoice | undefined;
  /** The favourites the access's client marked. */
  selection: SelectionList | undefined;
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
    const o = this.#o;
    const sharing = (this.sharing ??= new part.CodeSharing(this.#host, o));
    this.actions ??= new part.DetailActions(this.#host, { ...o, sharing });
    this.editor ??= new part.AccessEditor(this.#host, { ...o, sharing });
    this.galleries ??= new part.GalleryChoice(this.#host, { ...o, changed: (accessId) => o.changed(accessId, 'galleries-changed') });
    this.selection ??= new part.SelectionList(this.#host, o.connection);
    // Signed out or switched while the code came: what was asked for is gone.
    return this.#o.connection() === c;
  }
}
