import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { ModalDialog } from '../../internal/modal-dialog/modal-dialog.js';
import type { TeamDialog } from './dialog-parts.js';
import { dialogRefusal } from './dialog-messages.js';
import { formFields, runDialog } from './team-commands.js';
import { renderTeamDialog } from './team-dialog.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface TeamDialogsOptions {
  connection: () => FoyerConnection | undefined;
  /** The workspace's name, as the confirmations name it. */
  workspaceName: () => string;
  /** Reads the lists again, after a change. */
  refresh: () => Promise<void>;
  /** Says a result in the element's live region. */
  say: (sentence: string) => void;
}

/**
 * The element's one dialog and what its forms do: the question with its consequence, the
 * command once the person confirms, a new key shown once. The lists are read again before the
 * dialog closes, so focus returns to the row's "Actions" button, or — where the row is gone —
 * to its list. A refusal is said in the dialog, on the field it names where it names one.
 *
 * `<team-members>` fetches this module by a dynamic import() when a person first comes near the
 * element, and makes the controller when the first dialog opens.
 */
export class TeamDialogs implements ReactiveController {
  readonly #host: Host;
  readonly #o: TeamDialogsOptions;
  dialog: TeamDialog | null = null;
  error = '';
  fieldErrors: Record<string, string> = {};
  /** Said inside the dialog, where the page behind is inert: "Key copied." */
  announcement = '';
  /** The dialog's command runs. */
  busy = false;
  #returnFocus: HTMLElement | null = null;
  #fallbackFocus = '#team-list';

  constructor(host: Host, options: TeamDialogsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A key is never kept beyond its dialog.
    this.dialog = null;
  }

  /** Opens a dialog; focus returns to `returnFocus`, or to `fallbackFocus` when that is gone by then. */
  open(dialog: TeamDialog, returnFocus: HTMLElement | null, fallbackFocus: string): void {
    this.#returnFocus = returnFocus;
    this.#fallbackFocus = fallbackFocus;
    this.#set({ dialog, error: '', fieldErrors: {}, announcement: '' });
  }

  /** Forgets the dialog at once: another workspace or session. */
  reset(): void {
    this.#set({ dialog: null });
  }

  get #modal(): ModalDialog | null {
    return this.#host.renderRoot.querySelector<ModalDialog>('foyer-modal-dialog');
  }

  #set(changes: Partial<Pick<TeamDialogs, 'dialog' | 'error' | 'fieldErrors' | 'announcement' | 'busy'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  async #close(): Promise<void> {
    this.#set({ dialog: null });
    await this.#host.updateComplete;
    await this.#modal?.updateComplete;
  }

  readonly #handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const c = this.#o.connection();
    const d = this.dialog;
    if (c && d && !this.busy) void this.#submit(c, d, event.currentTarget as HTMLFormElement);
  };

  async #submit(c: FoyerConnection, d: TeamDialog, form: HTMLFormElement): Promise<void> {
    this.#set({ busy: true, error: '', fieldErrors: {} });
    try {
      const outcome = await runDialog(c, d, form, this.#o.workspaceName());
      if (!outcome) return;
      if ('missing' in outcome) {
        this.#set({ fieldErrors: outcome.missing });
        await this.#host.updateComplete;
        this.#focusInvalid();
        return;
      }
      await this.#o.refresh();
      if ('next' in outcome) {
        this.#set({ dialog: outcome.next, announcement: '' });
        await this.#host.updateComplete;
        this.#modal?.focusInitial();
        this.#o.say(outcome.said);
        return;
      }
      await this.#close();
      this.#o.say(outcome.done);
    } catch (error) {
      this.#showRefusal(describeError(error));
    } finally {
      this.#set({ busy: false });
    }
  }

  #focusInvalid(): void {
    this.#host.renderRoot.querySelector<HTMLElement>('#team-dialog [aria-invalid="true"]')?.focus();
  }

  #showRefusal(info: FoyerErrorInfo): void {
    const shown = Object.keys(info.fieldErrors).filter((field) => formFields.includes(field));
    if (info.code === 'INVALID_INPUT' && shown.length > 0) {
      this.#set({ fieldErrors: Object.fromEntries(shown.map((field) => [field, info.fieldErrors[field]!])) });
      void this.#host.updateComplete.then(() => this.#focusInvalid());
      return;
    }
    this.#set({ error: dialogRefusal(info) });
  }

  /** Copies the new key; where the page may not write to the clipboard, selects it for the person to copy. */
  readonly #handleCopy = async (): Promise<void> => {
    const d = this.dialog;
    if (d?.kind !== 'api-key') return;
    try {
      await navigator.clipboard.writeText(d.key);
      this.#set({ announcement: msg('Key copied.') });
    } catch {
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('#api-key');
      field?.focus();
      field?.select();
      this.#set({ announcement: msg('This page may not copy for you. The key is selected: copy it with your keyboard or menu.') });
    }
  };

  /** The dialog, closed between two of them so that closing one gives focus back. */
  render(): TemplateResult {
    return renderTeamDialog({
      dialog: this.dialog,
      workspaceName: this.#o.workspaceName(),
      error: this.error,
      fieldErrors: this.fieldErrors,
      pending: this.busy,
      announcement: this.announcement,
      returnFocus: this.#returnFocus,
      fallbackFocus: this.#fallbackFocus,
      onSubmit: this.#handleSubmit,
      onCancel: () => {
        if (!this.busy) void this.#close();
      },
      onCopy: () => void this.#handleCopy(),
    });
  }
}
