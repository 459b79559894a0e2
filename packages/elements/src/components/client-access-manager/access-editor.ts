import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { AccessChange } from '../../events/foyer-access-change-event.js';
import { createAccess, formFailure, updateAccess } from './access-commands.js';
import { readAccessForm, renderAccessForm } from './access-form.js';
import type { AccessStore } from './access-store.js';
import type { CodeSharing } from './code-sharing.js';
import { endOfDay } from './format.js';

export interface AccessEditorOptions {
  connection: () => FoyerConnection | undefined;
  store: AccessStore;
  sharing: CodeSharing;
  /** The access being edited; null for a new one. */
  editing: () => string | null;
  pending: () => boolean;
  setPending: (pending: boolean) => void;
  /** The form was saved: the access shows in detail, and `focus` takes focus. */
  saved: (accessId: string, change: AccessChange, sentence: string, focus: string) => Promise<void>;
  cancel: () => void;
  focus: (selector: string) => Promise<void>;
}

/** The form for a new access or for editing one, and saving it; each opening starts fresh. */
export class AccessEditor {
  fieldErrors: Record<string, string> = {};
  formError = '';
  #count = 0;
  readonly #host: ReactiveControllerHost;
  readonly #o: AccessEditorOptions;

  constructor(host: ReactiveControllerHost, options: AccessEditorOptions) {
    this.#host = host;
    this.#o = options;
  }

  /** A fresh form, so no typed text or problem lingers from an earlier one. */
  reset(): void {
    this.#count++;
    this.clearProblems();
  }

  clearProblems(): void {
    this.fieldErrors = {};
    this.formError = '';
    this.#host.requestUpdate();
  }

  render(access: Access | undefined, locale: string): TemplateResult {
    const mode = access ? 'edit' : 'create';
    const store = this.#o.store;
    return html`${keyed(
      `${mode}-${this.#count}`,
      renderAccessForm({
        mode,
        access,
        galleries: store.galleries,
        galleriesError: store.galleriesError,
        fieldErrors: this.fieldErrors,
        formError: this.formError,
        pending: this.#o.pending(),
        locale,
        onSubmit: this.#handleSubmit,
        onCancel: this.#o.cancel,
      }),
    )}`;
  }

  readonly #handleSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const c = this.#o.connection();
    if (!c || this.#o.pending()) return;
    const values = readAccessForm(event.currentTarget as HTMLFormElement);
    const expiresAt = values.expiresOn ? endOfDay(values.expiresOn) : null;
    if (values.expiresOn && !expiresAt) {
      this.fieldErrors = { expiresAt: msg('Enter a date, or leave the field empty.') };
      this.#host.requestUpdate();
      return;
    }
    this.#o.setPending(true);
    const editing = this.#o.editing();
    try {
      if (editing) {
        await updateAccess(c, editing, values, expiresAt);
        await this.#o.saved(editing, 'updated', msg('Changes saved.'), '#detail-heading');
      } else {
        const created = await createAccess(c, values, expiresAt);
        this.#o.store.set({ detail: { access: created.access, reach: [] } });
        const sharing = this.#o.sharing.share(created.access.id, created.code);
        await this.#o.saved(created.access.id, 'created', msg(str`Client access “${created.access.name}” created.`), '#share-heading');
        await sharing;
      }
    } catch (error) {
      ({ fieldErrors: this.fieldErrors, formError: this.formError } = formFailure(error));
      this.#host.requestUpdate();
      void this.#o.focus('form [aria-invalid="true"]');
    } finally {
      this.#o.setPending(false);
    }
  };
}
