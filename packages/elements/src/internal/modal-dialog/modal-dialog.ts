import { ReactiveElement, type PropertyValues } from 'lit';

/**
 * @summary The one modal dialog every Foyer element asks and confirms with: it gives the
 * native `<dialog>` it wraps the behaviour every confirmation needs. The holder renders the
 * `<dialog>` (with its `aria-labelledby` heading and its content) as the wrapper's child,
 * so ids, styles and handlers stay in the holder's shadow root and the dialog's content is
 * its own, for assistive technology and for anything that looks inside it.
 *
 * It opens with `showModal()`, so focus moves in, stays in, and the page behind is inert.
 * Focus goes to the first child with `autofocus`, else to the first button. Escape fires
 * `cancel` and leaves closing to the holder, which sets `open` to false; focus then returns to
 * where it was when the dialog opened (or to `returnFocus`), and to `fallbackFocus` when that
 * element has left the page meanwhile, unless the holder already moved focus elsewhere.
 *
 * @slot - One `<dialog>`.
 * @event cancel - Escape was pressed; the dialog stays open until `open` is set to false.
 */
export class ModalDialog extends ReactiveElement {
  static override properties = {
    open: { type: Boolean, reflect: true },
    returnFocus: { attribute: false },
    fallbackFocus: { attribute: 'fallback-focus' },
  };

  /** Whether the dialog is shown. */
  open = false;

  /** Where focus goes when the dialog closes; by default the element focused when it opened. */
  returnFocus: HTMLElement | null = null;

  /** A selector, in the holder's shadow root, for where focus goes when `returnFocus` has left the page. */
  fallbackFocus = '';

  #openedFrom: HTMLElement | null = null;
  #watched: HTMLDialogElement | null = null;

  /** The wrapper renders nothing of its own: the holder's `<dialog>` is its content. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get dialog(): HTMLDialogElement | null {
    return this.querySelector<HTMLDialogElement>(':scope > dialog');
  }

  /** Moves focus to the content's first `autofocus` child, or its first button (after the content changed). */
  focusInitial(): void {
    const dialog = this.dialog;
    const target = dialog?.querySelector<HTMLElement>('[autofocus]') ?? dialog?.querySelector<HTMLElement>('button:not([disabled]), a[href]');
    target?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#openedFrom = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.dialog;
    if (!dialog) return;
    this.#watch(dialog);
    if (this.open) {
      if (dialog.open) return;
      this.#openedFrom = this.returnFocus ?? deepActiveElement();
      dialog.showModal();
      this.focusInitial();
    } else if (changed.get('open') === true) {
      // Focus goes back only from inside the dialog: a holder that moved it on purpose keeps it there.
      const active = deepActiveElement();
      const fromInside = !active || active === document.body || dialog.contains(active);
      if (dialog.open) dialog.close();
      if (fromInside) this.#giveFocusBack();
    }
  }

  #watch(dialog: HTMLDialogElement): void {
    if (this.#watched === dialog) return;
    this.#watched?.removeEventListener('cancel', this.#handleCancel);
    this.#watched?.removeEventListener('close', this.#handleClose);
    dialog.addEventListener('cancel', this.#handleCancel);
    dialog.addEventListener('close', this.#handleClose);
    this.#watched = dialog;
  }

  #giveFocusBack(): void {
    const target = this.returnFocus ?? this.#openedFrom;
    this.#openedFrom = null;
    if (target?.isConnected) {
      target.focus({ preventScroll: true });
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    if (this.fallbackFocus) root.querySelector<HTMLElement>(this.fallbackFocus)?.focus({ preventScroll: true });
  }

  readonly #handleCancel = (event: Event): void => {
    // The holder decides: it sets `open` to false, or keeps the dialog open while something runs.
    if (event.target !== this.#watched) return;
    event.preventDefault();
    this.dispatchEvent(new Event('cancel'));
  };

  /**
   * The browser closed the dialog itself (a second Escape may): the holder hears it as a cancel.
   * Chromium delivers `close` with a later animation frame, so the event of a close the holder
   * asked for may arrive after the dialog opened again; the dialog is then open and it is ignored.
   */
  readonly #handleClose = (event: Event): void => {
    const dialog = this.#watched;
    if (dialog && event.target === dialog && this.open && !dialog.open) this.dispatchEvent(new Event('cancel'));
  };
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'foyer-modal-dialog': ModalDialog;
  }
}
