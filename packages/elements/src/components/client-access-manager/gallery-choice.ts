import { msg, str } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { galleryChanges, saveGalleries } from './access-commands.js';
import type { AccessStore } from './access-store.js';

export interface GalleryChoiceOptions {
  store: AccessStore;
  /** Runs one action on the open access at a time; a refusal shows above its facts. */
  act: (action: (c: FoyerConnection, access: Access) => Promise<void>) => Promise<void>;
  pending: () => boolean;
  clearError: () => void;
  changed: (accessId: string) => void;
  announce: (text: string) => void;
  focus: (selector: string) => Promise<void>;
}

/** Ticking the galleries an access opens besides those its scope gives, and saving the choice. */
export class GalleryChoice {
  choosing = false;
  readonly #host: ReactiveControllerHost;
  readonly #o: GalleryChoiceOptions;

  constructor(host: ReactiveControllerHost, options: GalleryChoiceOptions) {
    this.#host = host;
    this.#o = options;
  }

  stop(): void {
    this.choosing = false;
    this.#host.requestUpdate();
  }

  readonly choose = async (): Promise<void> => {
    this.choosing = true;
    this.#o.clearError();
    this.#host.requestUpdate();
    void this.#o.store.loadGalleries();
    await this.#o.focus('.chooser input[type="checkbox"]');
  };

  readonly cancel = async (): Promise<void> => {
    this.stop();
    await this.#o.focus('#choose-galleries');
  };

  readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const store = this.#o.store;
    const detail = store.detail;
    if (!detail || this.#o.pending()) return;
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const chosen = new Set(data.getAll('galleryIds').map(String));
    const notify = data.get('notify') === 'on';
    const { toAdd, toRemove } = galleryChanges(detail, chosen);
    if (toAdd.length === 0 && toRemove.length === 0) {
      this.stop();
      this.#o.announce(msg('The galleries are unchanged.'));
      return this.#o.focus('#choose-galleries');
    }
    await this.#o.act(async (c, access) => {
      const { detail: next, told } = await saveGalleries(c, detail, { toAdd, toRemove, notify });
      if (store.detail?.access.id === access.id) store.set({ detail: next });
      this.stop();
      this.#o.changed(access.id);
      const saved = msg(str`Galleries saved: ${toAdd.length} added, ${toRemove.length} removed.`);
      this.#o.announce(told ? `${saved} ${msg(str`${access.name} was told by email (${told.sentTo}).`)}` : saved);
      await this.#o.focus('#choose-galleries');
      await store.refreshList();
    });
  };
}
