import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { hostStyles } from '../../styles/shared.styles.js';
import { modalDialogStyles } from './modal-dialog.styles.js';

/**
 * @summary The one modal dialog every Foyer element asks and confirms with. The element that
 * holds it renders the content as its children, so the content stays in that element's
 * shadow root (its styles, ids and event handlers) while the dialog shows it on top.
 *
 * It opens with `showModal()`, so focus moves in, stays in, and the page behind is inert.
 * Focus goes to the first child with `autofocus`, else to the first button. Escape fires
 * `cancel` and leaves closing to the holder, which sets `open` to false; focus then returns to
 * where it was when the dialog opened (or to `returnFocus`), and to `fallbackFocus` when that
 * element has left the page meanwhile, unless the holder already moved focus elsewhere.
 *
 * @slot - The dialog's content: a heading, what the action does, the labelled actions.
 * @event cancel - Escape was pressed; the dialog stays open until `open` is set to false.
 * @csspart dialog - The dialog box (exported by the holder as its own `dialog` part).
 */
export class ModalDialog extends LitElement {
  static override styles = [hostStyles, modalDialogStyles];

  /** Whether the dialog is shown. */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  /** The id, in the holder's shadow root, of the heading that names the dialog. */
  @property({ attribute: 'labelled-by' }) accessor labelledBy = '';

  /** The id, in the holder's shadow root, of the sentence that says what the dialog is about. */
  @property({ attribute: 'described-by' }) accessor describedBy = '';

  /** Where focus goes when the dialog closes; by default the element focused when it opened. */
  @property({ attribute: false }) accessor returnFocus: HTMLElement | null = null;

  /** A selector, in the holder's shadow root, for where focus goes when `returnFocus` has left the page. */
  @property({ attribute: 'fallback-focus' }) accessor fallbackFocus = '';

  @query('dialog') accessor dialog: HTMLDialogElement | null = null;

  #openedFrom: HTMLElement | null = null;
  /** The content changes under the dialog (a confirmation replaces the actions): its name follows. */
  readonly #contentObserver = new MutationObserver(() => this.#label());

  /** Moves focus to the content's first `autofocus` child, or its first button (after the content changed). */
  focusInitial(): void {
    const target = this.querySelector<HTMLElement>('[autofocus]') ?? this.querySelector<HTMLElement>('button:not([disabled]), a[href]');
    target?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#label();
    if (!changed.has('open')) return;
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open) {
      if (dialog.open) return;
      this.#openedFrom = this.returnFocus ?? deepActiveElement();
      dialog.showModal();
      this.focusInitial();
    } else if (changed.get('open') === true) {
      // Focus goes back only from inside the dialog: a holder that moved it on purpose keeps it there.
      const active = deepActiveElement();
      const fromInside = !active || active === document.body || this.contains(active) || this.renderRoot.contains(active);
      if (dialog.open) dialog.close();
      if (fromInside) this.#giveFocusBack();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#contentObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#contentObserver.disconnect();
    this.#openedFrom = null;
  }

  /** The heading and the sentence live in the holder's tree, so they are referenced as elements. */
  #label(): void {
    const dialog = this.dialog;
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!dialog || !('getElementById' in root)) return;
    const heading = this.labelledBy ? root.getElementById(this.labelledBy) : null;
    const description = this.describedBy ? root.getElementById(this.describedBy) : null;
    if ('ariaLabelledByElements' in Element.prototype) {
      dialog.ariaLabelledByElements = heading ? [heading] : null;
      dialog.ariaDescribedByElements = description ? [description] : null;
    }
    // The heading's words as well, for browsers and checkers that do not follow element references.
    const name = heading?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (name) dialog.setAttribute('aria-label', name);
    else dialog.removeAttribute('aria-label');
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
    event.preventDefault();
    this.dispatchEvent(new Event('cancel'));
  };

  /** The browser closed the dialog itself (a second Escape may): the holder hears it as a cancel. */
  readonly #handleClose = (): void => {
    if (this.open) this.dispatchEvent(new Event('cancel'));
  };

  protected override render() {
    return html`<dialog part="dialog" @cancel=${this.#handleCancel} @close=${this.#handleClose}><slot></slot></dialog>`;
  }
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
