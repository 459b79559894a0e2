import { msg } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { createFoyerApi } from '@foyer/client';
import type { Access } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { renderPreviewDialog } from './dialogs.js';

interface Preview {
  token: string;
  accessName: string;
  accessId: string;
  /** The nested provider holds the token. */
  ready: boolean;
}

type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The client's view of one access, in a dialog of its own with a short preview session:
 * the owner sees what the client sees and stays signed in. Closing ends the session.
 */
export class AccessPreview implements ReactiveController {
  #preview: Preview | null = null;
  #returnFocus: HTMLElement | null = null;
  readonly #host: Host;
  readonly #connection: () => FoyerConnection | undefined;

  constructor(host: Host, connection: () => FoyerConnection | undefined) {
    this.#host = host;
    this.#connection = connection;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#preview && !this.#preview.ready) void this.#handToken(this.#preview);
  }

  hostDisconnected(): void {
    // A preview session is not left behind when the element goes away.
    this.close();
  }

  /** Opens the preview of `access`, on a session the server starts for it. */
  async open(c: FoyerConnection, access: Access, returnFocus: HTMLElement): Promise<void> {
    this.#returnFocus = returnFocus;
    const session = await c.api.accesses.preview.mutate({ workspace: c.workspace, accessId: access.id });
    this.#set({ token: session.token, accessName: session.accessName, accessId: access.id, ready: false });
  }

  /** The preview closes, by its button, by Escape or otherwise: its session ends and its token is dropped. */
  readonly close = (): void => {
    const preview = this.#preview;
    if (!preview) return;
    this.#endSession(preview.token);
    this.#set(null);
  };

  render(status: Access['status'] | undefined, accessId: string | undefined): TemplateResult {
    const p = this.#preview;
    const c = this.#connection();
    return renderPreviewDialog({
      token: p?.token ?? null,
      ready: p?.ready ?? false,
      accessName: p?.accessName ?? '',
      notice: p && accessId === p.accessId ? notice(status) : '',
      server: c?.server ?? '',
      workspace: c?.workspace ?? '',
      returnFocus: this.#returnFocus,
      onClose: this.close,
    });
  }

  #set(preview: Preview | null): void {
    this.#preview = preview;
    this.#host.requestUpdate();
  }

  #endSession(token: string): void {
    const c = this.#connection();
    if (!c) return;
    const api = createFoyerApi({ server: c.server, getToken: () => token });
    // Ends the preview session on the server too; a failure leaves it to expire on its own.
    api.client.signOut.mutate({ workspace: c.workspace }).catch(() => undefined);
  }

  async #handToken(preview: Preview): Promise<void> {
    const provider = this.#host.renderRoot.querySelector<HTMLElement & { token: string | null; updateComplete: Promise<boolean> }>('#preview-dialog foyer-provider');
    if (!provider) return;
    await provider.updateComplete;
    if (this.#preview !== preview) return;
    provider.token = preview.token;
    this.#set({ ...preview, ready: true });
  }
}

/** Said above the preview when the client would see nothing. */
function notice(status: Access['status'] | undefined): string {
  if (status === 'disabled') return msg('This access is disabled: with its code the client sees nothing until you enable it again.');
  if (status === 'expired') return msg('This access has expired: with its code the client sees nothing until you move its expiry date.');
  return '';
}
