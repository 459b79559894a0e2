import type { ReactiveControllerHost } from 'lit';
import { describeError } from '@foyer/client';
import type { Access, AccessDetail, Gallery } from '@foyer/schema';
import type { ConnectionController } from '../../internal/connection-controller.js';
import type { SignInPrompt } from '../../internal/sign-in-prompt.js';
import { refusalSentence } from './messages.js';

interface Loaded {
  accesses: Access[] | undefined;
  loadError: string;
  galleries: Gallery[] | undefined;
  galleriesError: string;
  detail: AccessDetail | undefined;
  detailError: string;
}

const empty: Loaded = {
  accesses: undefined,
  loadError: '',
  galleries: undefined,
  galleriesError: '',
  detail: undefined,
  detailError: '',
};

/**
 * What the owner's page shows from the server: the accesses, the galleries to choose from,
 * and the one access open in detail. An answer for a connection before the current one is
 * dropped.
 */
export class AccessStore {
  #loaded: Loaded = empty;
  readonly #host: ReactiveControllerHost;
  readonly #link: ConnectionController;
  readonly #signIn: SignInPrompt;

  constructor(host: ReactiveControllerHost, link: ConnectionController, signIn: SignInPrompt) {
    this.#host = host;
    this.#link = link;
    this.#signIn = signIn;
  }

  get accesses(): Access[] | undefined {
    return this.#loaded.accesses;
  }
  get loadError(): string {
    return this.#loaded.loadError;
  }
  get galleries(): Gallery[] | undefined {
    return this.#loaded.galleries;
  }
  get galleriesError(): string {
    return this.#loaded.galleriesError;
  }
  get detail(): AccessDetail | undefined {
    return this.#loaded.detail;
  }
  get detailError(): string {
    return this.#loaded.detailError;
  }

  set(change: Partial<Loaded>): void {
    this.#loaded = { ...this.#loaded, ...change };
    this.#host.requestUpdate();
  }

  reset(): void {
    this.set(empty);
  }

  /** Shows an access as the server answered a change to it, if it is the one open. */
  showAccess(access: Access): void {
    const detail = this.detail;
    if (detail?.access.id === access.id) this.set({ detail: { ...detail, access } });
  }

  async loadAll(): Promise<void> {
    const c = this.#link.value;
    if (!c) return;
    const ticket = this.#link.ticket();
    this.set({ accesses: undefined, loadError: '' });
    const [accesses] = await Promise.allSettled([c.api.accesses.list.query({ workspace: c.workspace }), this.loadGalleries()]);
    if (!this.#link.isCurrent(ticket)) return;
    if (accesses.status === 'fulfilled') this.set({ accesses: accesses.value });
    else {
      // Nobody signed in is not a refusal to show: the element asks for a sign-in instead.
      const info = describeError(accesses.reason);
      if (!this.#signIn.refused(info, c.token)) this.set({ loadError: refusalSentence(info) });
    }
  }

  async loadGalleries(): Promise<void> {
    const c = this.#link.value;
    if (!c) return;
    const ticket = this.#link.ticket();
    try {
      const galleries = await c.api.galleries.list.query({ workspace: c.workspace });
      if (this.#link.isCurrent(ticket)) this.set({ galleries, galleriesError: '' });
    } catch (error) {
      if (this.#link.isCurrent(ticket)) this.set({ galleriesError: refusalSentence(describeError(error)) });
    }
  }

  async refreshList(): Promise<void> {
    const c = this.#link.value;
    if (!c) return;
    const ticket = this.#link.ticket();
    try {
      const accesses = await c.api.accesses.list.query({ workspace: c.workspace });
      if (this.#link.isCurrent(ticket)) this.set({ accesses });
    } catch {
      // The change itself went through; the list catches up on the next load.
    }
  }

  async loadDetail(accessId: string): Promise<void> {
    const c = this.#link.value;
    if (!c) return;
    const ticket = this.#link.ticket();
    try {
      const detail = await c.api.accesses.get.query({ workspace: c.workspace, accessId });
      if (this.#link.isCurrent(ticket)) this.set({ detail, detailError: '' });
    } catch (error) {
      if (this.#link.isCurrent(ticket)) this.set({ detailError: refusalSentence(describeError(error)) });
    }
  }
}
