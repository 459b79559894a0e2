import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { AgencyGrant, Member } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { LazyPart, partUnavailable } from '../../internal/lazy-part/lazy-part.js';
import type { TeamDialogs } from './dialog-controller.js';
import type { MemberDialogKind, TeamDialog } from './dialog-parts.js';
import { nameOf, rowKeyOf } from './member-actions.js';
import type { RowActionsView } from './row-actions.js';
import { teamRefusal } from './team-messages.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface TeamActionsOptions {
  connection: () => FoyerConnection | undefined;
  members: () => readonly Member[] | undefined;
  grants: () => readonly AgencyGrant[] | undefined;
  /** The workspace's name, as the confirmations name it. */
  workspaceName: () => string;
  /** Reads the lists again, after a change. */
  refresh: () => Promise<void>;
  /** Says a result in the element's live region. */
  say: (sentence: string) => void;
}

/**
 * What the rows' actions do: one row's actions shown at a time, one command at a time. A
 * change that asks first opens its dialog; one that needs no question runs at once, and its
 * refusal is said above the lists.
 *
 * The dialogs (`TeamDialogs`) are a module of their own, fetched when the pointer or the focus
 * first comes into the element, or at the latest when a dialog is asked for; the dialog opens
 * once it is there.
 */
export class TeamActions implements ReactiveController {
  readonly #host: Host;
  readonly #o: TeamActionsOptions;
  /** The row whose actions are shown. */
  openActions: string | null = null;
  /** The refusal of a row's command run without a dialog (resending an invitation), or of a dialog that could not be fetched. */
  actionError = '';
  /** A command without a dialog runs. */
  busy = false;
  readonly #part = new LazyPart(() => import('./dialog-controller.js'));
  /** Made when the first dialog opens. */
  #dialogs: TeamDialogs | undefined = undefined;
  /** Counts the dialogs asked for: one whose code arrives after a later ask, or a reset, is not opened. */
  #asked = 0;

  constructor(host: Host, options: TeamActionsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Someone about to act points at or tabs into the element first: the dialogs are fetched then.
    this.#host.addEventListener('pointerover', this.#part.prefetch, { once: true });
    this.#host.addEventListener('focusin', this.#part.prefetch, { once: true });
  }

  hostDisconnected(): void {
    this.#asked += 1;
  }

  /** Forgets everything: another workspace or session. */
  reset(): void {
    this.#asked += 1;
    this.openActions = null;
    this.actionError = '';
    this.#dialogs?.reset();
    this.#host.requestUpdate();
  }

  get #busy(): boolean {
    return this.busy || (this.#dialogs?.busy ?? false);
  }

  /** How the lists show their rows' actions. */
  get view(): RowActionsView {
    return { open: this.openActions, busy: this.#busy, onToggle: this.#toggle, onAction: this.#handleAction };
  }

  #set(changes: Partial<Pick<TeamActions, 'openActions' | 'actionError' | 'busy'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  /**
   * Opens a dialog once its code is there; focus returns to `returnFocus`, or to `fallbackFocus`
   * when that is gone by then. Where the code could not be fetched, that is said above the lists
   * and nothing else changes: focus stays where it was.
   */
  async open(dialog: TeamDialog, returnFocus: HTMLElement | null, fallbackFocus: string): Promise<void> {
    const ask = ++this.#asked;
    const dialogs = await this.#fetchDialogs();
    if (!dialogs || ask !== this.#asked) return;
    this.#set({ actionError: '' });
    dialogs.open(dialog, returnFocus, fallbackFocus);
  }

  /** The dialogs, fetched now if need be; undefined, and said above the lists, where they could not be. */
  async #fetchDialogs(): Promise<TeamDialogs | undefined> {
    try {
      const { TeamDialogs } = await this.#part.get();
      this.#dialogs ??= new TeamDialogs(this.#host, this.#o);
      return this.#dialogs;
    } catch {
      this.#set({ actionError: partUnavailable() });
      return undefined;
    }
  }

  readonly #toggle = (rowKey: string): void => {
    this.#set({ openActions: this.openActions === rowKey ? null : rowKey });
  };

  readonly #handleAction = (action: string, rowKey: string, toggle: HTMLElement): void => {
    this.#set({ openActions: null, actionError: '' });
    toggle.focus();
    const fallback = rowKey.startsWith('api-') ? '#new-api-user' : rowKey.startsWith('agency-') ? '#grant-agency' : '#team-list';
    const grant = this.#o.grants()?.find((g) => rowKeyOf.grant(g) === rowKey);
    if (grant) {
      if (action === 'change-agency-role' || action === 'revoke-agency') void this.open({ kind: action, grant }, toggle, fallback);
      return;
    }
    const member = this.#o.members()?.find((m) => rowKeyOf.member(m) === rowKey || (m.kind === 'api' && rowKeyOf.apiUser(m) === rowKey));
    if (!member) return;
    const name = nameOf(member);
    const identityId = member.identityId!;
    switch (action) {
      case 'resend':
        void this.#direct(async (c) => {
          const sent = await c.api.members.resendInvitation.mutate({ workspace: c.workspace, invitationId: member.invitation!.id });
          return msg(str`The invitation was sent to ${sent.email} again, with a new link: the earlier link no longer works.`);
        });
        break;
      case 'enable':
        void this.#direct(async (c) => {
          await c.api.members.setDisabled.mutate({ workspace: c.workspace, identityId, disabled: false });
          return msg(str`${name} can work in ${this.#o.workspaceName()} again.`);
        });
        break;
      case 'new-key':
        // The key is shown once, in its dialog: the dialogs are there before the server makes the key.
        void this.#fetchDialogs().then(async (dialogs) => {
          if (!dialogs) return;
          await this.#direct(async (c) => {
            const issued = await c.api.apiUsers.rotateKey.mutate({ workspace: c.workspace, identityId });
            await this.open({ kind: 'api-key', name, key: issued.apiKey, created: false }, toggle, fallback);
            return msg(str`${name} has a new API key.`);
          });
        });
        break;
      default:
        void this.open({ kind: action as MemberDialogKind, member }, toggle, fallback);
    }
  };

  /** A row's command that needs no question first. */
  async #direct(command: (c: FoyerConnection) => Promise<string>): Promise<void> {
    const c = this.#o.connection();
    if (!c || this.#busy) return;
    this.#set({ busy: true });
    try {
      const said = await command(c);
      await this.#o.refresh();
      this.#o.say(said);
    } catch (error) {
      this.#set({ actionError: teamRefusal(describeError(error)) });
    } finally {
      this.#set({ busy: false });
    }
  }

  /** The refusal of a row's command without a dialog; nothing while there is none. */
  renderActionError(): TemplateResult | typeof nothing {
    return this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing;
  }

  /** The dialog; nothing until the first one was asked for. */
  renderDialog(): TemplateResult | typeof nothing {
    return this.#dialogs?.render() ?? nothing;
  }
}
