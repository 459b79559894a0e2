import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { AccessChange } from '../../events/foyer-access-change-event.js';
import { AccessConfirmation } from './access-confirmation.js';
import type { AccessActions } from './access-detail.js';
import { AccessPreview } from './access-preview.js';
import type { AccessStore } from './access-store.js';
import type { CodeSharing } from './code-sharing.js';

export interface DetailActionsOptions {
  connection: () => FoyerConnection | undefined;
  store: AccessStore;
  sharing: CodeSharing;
  /** Runs one action on the open access at a time; a refusal shows above its facts. */
  act: (action: (c: FoyerConnection, access: Access) => Promise<void>) => Promise<void>;
  /** A command of the element is running: one at a time. */
  pending: () => boolean;
  setPending: (pending: boolean) => void;
  /** Opens the form that edits the access. */
  edit: () => void;
  changed: (accessId: string, change: AccessChange) => void;
  announce: (text: string) => void;
  focus: (selector: string) => Promise<void>;
  /** The access is gone: the list shows in place of its detail. */
  showList: () => void;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * What the buttons of the access in detail do: show its code, edit it, disable or enable it,
 * rotate its code (the new code is shown), preview the client's view, delete it. Rotate and Delete ask
 * first, in the confirmation; the preview shows in a dialog of its own.
 */
export class DetailActions implements AccessActions {
  readonly confirmation: AccessConfirmation;
  readonly preview: AccessPreview;
  readonly #o: DetailActionsOptions;

  constructor(host: Host, options: DetailActionsOptions) {
    this.#o = options;
    this.confirmation = new AccessConfirmation(host, {
      connection: options.connection,
      access: () => options.store.detail?.access,
      pending: options.pending,
      setPending: options.setPending,
      rotated: (access, code) => this.#rotated(access, code),
      deleted: (access) => this.#deleted(access),
      focusCode: () => void options.focus('#rotate-code'),
    });
    this.preview = new AccessPreview(host, options.connection);
  }

  /** Closes the confirmation and the preview: the access they are about is no longer shown. */
  stop(): void {
    this.confirmation.cancel();
    this.preview.close();
  }

  readonly onEdit = (): void => this.#o.edit();

  /** Opens the code from its seal and shows it with every way to hand it out. */
  readonly onShowCode = () =>
    this.#o.act(async (c, access) => {
      const { code } = await c.api.accesses.revealCode.mutate({ workspace: c.workspace, accessId: access.id });
      const shared = this.#o.sharing.share(access.id, code);
      await this.#o.focus('#share-heading');
      await shared;
    });

  readonly onToggleDisabled = () =>
    this.#o.act(async (c, access) => {
      const disabled = access.status !== 'disabled';
      this.#o.store.showAccess(await c.api.accesses.setDisabled.mutate({ workspace: c.workspace, accessId: access.id, disabled }));
      this.#o.changed(access.id, disabled ? 'disabled' : 'enabled');
      this.#o.announce(disabled ? msg(str`“${access.name}” is disabled: its code no longer works.`) : msg(str`“${access.name}” is enabled again.`));
      await this.#o.store.refreshList();
    });

  readonly onRotate = (event: Event): void => this.confirmation.ask('rotate', event);

  readonly onPreview = async (event: Event): Promise<void> => {
    const opener = event.currentTarget as HTMLElement;
    await this.#o.act((c, access) => this.preview.open(c, access, opener));
  };

  readonly onDelete = (event: Event): void => this.confirmation.ask('delete', event);

  async #rotated(access: Access, code: string): Promise<void> {
    const { store, sharing } = this.#o;
    store.showAccess(access);
    const shared = sharing.share(access.id, code);
    this.#o.changed(access.id, 'code-rotated');
    this.#o.announce(msg('New code set. The old code no longer works.'));
    await this.#o.focus('#share-heading');
    await Promise.all([shared, store.refreshList()]);
  }

  async #deleted(access: Access): Promise<void> {
    const store = this.#o.store;
    this.#o.sharing.clear();
    this.#o.showList();
    store.set({ detail: undefined, accesses: store.accesses?.filter((a) => a.id !== access.id) });
    this.#o.changed(access.id, 'deleted');
    this.#o.announce(msg(str`Client access “${access.name}” deleted.`));
    await this.#o.focus('#new-access');
    await store.refreshList();
  }
}
