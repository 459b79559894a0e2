import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { rotationFailure } from './access-commands.js';
import { renderConfirmDialog, type Confirmation } from './dialogs.js';

export interface AccessConfirmationOptions {
  connection: () => FoyerConnection | undefined;
  /** The access open in detail, which the confirmation is about. */
  access: () => Access | undefined;
  /** A command of the element is running: one at a time. */
  pending: () => boolean;
  setPending: (pending: boolean) => void;
  /** The code was rotated: the new code is shown once. */
  rotated: (access: Access, code: string) => Promise<void>;
  deleted: (access: Access) => Promise<void>;
  /** Focuses the new code's field, which names the problem with the chosen code. */
  focusCode: () => void;
}

/** Asks before rotating an access's code or deleting the access, and runs what was confirmed. */
export class AccessConfirmation {
  kind: Confirmation | null = null;
  error = '';
  codeError = '';
  #from: HTMLElement | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #o: AccessConfirmationOptions;

  constructor(host: ReactiveControllerHost, options: AccessConfirmationOptions) {
    this.#host = host;
    this.#o = options;
  }

  ask(kind: Confirmation, event: Event): void {
    this.#from = event.currentTarget as HTMLElement;
    this.#set({ kind, error: '', codeError: '' });
  }

  /** Cancel or Escape: the dialog closes and focus goes back to the button that asked. */
  readonly cancel = (): void => {
    this.#set({ kind: null });
  };

  render(): TemplateResult {
    return renderConfirmDialog({
      kind: this.kind,
      accessName: this.#o.access()?.name ?? '',
      codeError: this.codeError,
      error: this.error,
      pending: this.#o.pending(),
      returnFocus: this.#from,
      onConfirm: this.#handleConfirm,
      onCancel: this.cancel,
    });
  }

  #set(change: Partial<Pick<AccessConfirmation, 'kind' | 'error' | 'codeError'>>): void {
    Object.assign(this, change);
    this.#host.requestUpdate();
  }

  readonly #handleConfirm = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#o.connection();
    const access = this.#o.access();
    const kind = this.kind;
    if (!c || !access || this.#o.pending() || !kind) return;
    this.#o.setPending(true);
    this.#set({ error: '', codeError: '' });
    try {
      if (kind === 'rotate') {
        const chosen = String(new FormData(event.currentTarget as HTMLFormElement).get('code') ?? '').trim();
        const rotated = await c.api.accesses.rotateCode.mutate({ workspace: c.workspace, accessId: access.id, ...(chosen ? { code: chosen } : {}) });
        this.#set({ kind: null });
        await this.#o.rotated(rotated.access, rotated.code);
      } else {
        await c.api.accesses.delete.mutate({ workspace: c.workspace, accessId: access.id });
        this.#set({ kind: null });
        await this.#o.deleted(access);
      }
    } catch (error) {
      this.#set(rotationFailure(error));
      if (this.codeError) this.#o.focusCode();
    } finally {
      this.#o.setPending(false);
    }
  };
}
