import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeError } from '@foyer/client';
import type { AccessInvitation, SendResult } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { refusalSentence } from './messages.js';

/** A code just set or shown, held only until the owner closes the panel. */
export interface SharedCode {
  accessId: string;
  code: string;
  invitation?: AccessInvitation;
  invitationError?: string;
  sending?: boolean;
  sent?: SendResult;
  sendError?: string;
}

/** What became of the code sent by email: said in the live region and in the panel. */
export function sentSentence(sent: SendResult): string {
  return sent.transport === 'smtp'
    ? msg(str`Email sent to ${sent.sentTo}.`)
    : msg(str`Email to ${sent.sentTo} placed in the outbox: no mail server is set up, so it waits there to be sent.`);
}

export interface CodeSharingOptions {
  connection: () => FoyerConnection | undefined;
  /** The page on the site where clients enter their code, when the workspace names none. */
  entryUrl: () => string;
  announce: (text: string) => Promise<void>;
}

/**
 * A code just set or shown again: copied, copied as a link to the entry page, or sent to the
 * access's email. It is held only until the owner closes the panel.
 */
export class CodeSharing implements ReactiveController {
  #shared: SharedCode | null = null;
  readonly #host: ReactiveControllerHost;
  readonly #o: CodeSharingOptions;

  constructor(host: ReactiveControllerHost, options: CodeSharingOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  get shared(): SharedCode | null {
    return this.#shared;
  }

  hostDisconnected(): void {
    this.clear();
  }

  clear(): void {
    this.#set(null);
  }

  /** Shows a code and fetches the prefilled message for it. */
  async share(accessId: string, code: string): Promise<void> {
    this.#set({ accessId, code });
    const c = this.#o.connection();
    if (!c) return;
    try {
      const invitation = await c.api.accesses.invitation.query({ workspace: c.workspace, accessId, code });
      if (this.#shared?.code === code) this.#set({ ...this.#shared, invitation });
    } catch (error) {
      if (this.#shared?.code === code) this.#set({ ...this.#shared, invitationError: refusalSentence(describeError(error)) });
    }
  }

  /** The link to the entry page with the code filled in, when there is an entry page. */
  link(): string | null {
    const link = this.#shared?.invitation?.link;
    if (!link) return null;
    if (/^https?:\/\//i.test(link)) return link;
    const entryUrl = this.#o.entryUrl();
    if (!entryUrl || !link.startsWith('#')) return null;
    return `${entryUrl.split('#')[0]}${link}`;
  }

  readonly copyCode = (): void => {
    if (this.#shared) void this.#copy(this.#shared.code, msg('Code copied.'));
  };

  readonly copyLink = (): void => {
    const link = this.link();
    if (link) void this.#copy(link, msg('Link copied.'));
  };

  readonly send = async (): Promise<void> => {
    const c = this.#o.connection();
    const shared = this.#shared;
    if (!c || !shared || shared.sending) return;
    this.#set({ ...shared, sending: true, sendError: '' });
    try {
      const sent = await c.api.accesses.send.mutate({ workspace: c.workspace, accessId: shared.accessId, code: shared.code });
      if (this.#shared?.code === shared.code) this.#set({ ...this.#shared, sending: false, sent });
      void this.#o.announce(sentSentence(sent));
    } catch (error) {
      if (this.#shared?.code === shared.code) this.#set({ ...this.#shared, sending: false, sendError: refusalSentence(describeError(error)) });
    }
  };

  async #copy(text: string, done: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      await this.#o.announce(done);
    } catch {
      await this.#o.announce(msg('Could not copy. Select the text and copy it yourself.'));
    }
  }

  #set(shared: SharedCode | null): void {
    this.#shared = shared;
    this.#host.requestUpdate();
  }
}
