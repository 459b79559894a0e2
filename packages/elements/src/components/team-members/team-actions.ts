import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { AgencyGrant, Member } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { ModalDialog } from '../../internal/modal-dialog/modal-dialog.js';
import type { MemberDialogKind } from './dialog-parts.js';
import { nameOf, rowKeyOf } from './member-actions.js';
import type { RowActionsView } from './row-actions.js';
import { formFields, runDialog } from './team-commands.js';
import { renderTeamDialog, type TeamDialog } from './team-dialog.js';
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
 * What the rows' actions and the dialogs do: one row's actions shown at a time, one command
 * at a time, one dialog. A change that asks first opens its dialog; the lists are read again
 * before the dialog closes, so focus returns to the row's "Actions" button, or — where the
 * row is gone — to its list. A refusal is said where the person is: in the dialog, or above
 * the lists for a command without one.
 */
export class TeamActions implements ReactiveController {
  readonly #host: Host;
  readonly #o: TeamActionsOptions;
  /** The row whose actions are shown. */
  openActions: string | null = null;
  /** The refusal of a row's command run without a dialog (resending an invitation). */
  actionError = '';
  dialog: TeamDialog | null = null;
  dialogError = '';
  fieldErrors: Record<string, string> = {};
  /** Said inside the dialog, where the page behind is inert: "Key copied." */
  dialogAnnouncement = '';
  busy = false;
  #returnFocus: HTMLElement | null = null;
  #fallbackFocus = '#team-list';

  constructor(host: Host, options: TeamActionsOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    // A key is never kept beyond its dialog.
    this.dialog = null;
  }

  /** Forgets everything: another workspace or session. */
  reset(): void {
    this.openActions = null;
    this.actionError = '';
    this.dialog = null;
    this.#host.requestUpdate();
  }

  /** How the lists show their rows' actions. */
  get view(): RowActionsView {
    return { open: this.openActions, busy: this.busy, onToggle: this.#toggle, onAction: this.#handleAction };
  }

  get #modal(): ModalDialog | null {
    return this.#host.renderRoot.querySelector<ModalDialog>('foyer-modal-dialog');
  }

  #set(changes: Partial<Pick<TeamActions, 'openActions' | 'actionError' | 'dialog' | 'dialogError' | 'fieldErrors' | 'dialogAnnouncement' | 'busy'>>): void {
    Object.assign(this, changes);
    this.#host.requestUpdate();
  }

  /** Opens a dialog; focus returns to `returnFocus`, or to `fallbackFocus` when that is gone by then. */
  open(dialog: TeamDialog, returnFocus: HTMLElement | null, fallbackFocus: string): void {
    this.#returnFocus = returnFocus;
    this.#fallbackFocus = fallbackFocus;
    this.#set({ dialog, dialogError: '', fieldErrors: {}, dialogAnnouncement: '' });
  }

  async #close(): Promise<void> {
    this.#set({ dialog: null });
    await this.#host.updateComplete;
    await this.#modal?.updateComplete;
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
      if (action === 'change-agency-role' || action === 'revoke-agency') this.open({ kind: action, grant }, toggle, fallback);
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
        void this.#direct(async (c) => {
          const issued = await c.api.apiUsers.rotateKey.mutate({ workspace: c.workspace, identityId });
          this.open({ kind: 'api-key', name, key: issued.apiKey, created: false }, toggle, fallback);
          return msg(str`${name} has a new API key.`);
        });
        break;
      default:
        this.open({ kind: action as MemberDialogKind, member }, toggle, fallback);
    }
  };

  /** A row's command that needs no question first. */
  async #direct(command: (c: FoyerConnection) => Promise<string>): Promise<void> {
    const c = this.#o.connection();
    if (!c || this.busy) return;
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

  readonly #handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const c = this.#o.connection();
    const d = this.dialog;
    if (c && d && !this.busy) void this.#submit(c, d, event.currentTarget as HTMLFormElement);
  };

  async #submit(c: FoyerConnection, d: TeamDialog, form: HTMLFormElement): Promise<void> {
    this.#set({ busy: true, dialogError: '', fieldErrors: {} });
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
        this.#set({ dialog: outcome.next, dialogAnnouncement: '' });
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
    this.#set({ dialogError: teamRefusal(info) });
  }

  /** Copies the new key; where the page may not write to the clipboard, selects it for the person to copy. */
  readonly #handleCopy = async (): Promise<void> => {
    const d = this.dialog;
    if (d?.kind !== 'api-key') return;
    try {
      await navigator.clipboard.writeText(d.key);
      this.#set({ dialogAnnouncement: msg('Key copied.') });
    } catch {
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('#api-key');
      field?.focus();
      field?.select();
      this.#set({ dialogAnnouncement: msg('This page may not copy for you. The key is selected: copy it with your keyboard or menu.') });
    }
  };

  /** The refusal of a row's command without a dialog; nothing while there is none. */
  renderActionError(): TemplateResult | typeof nothing {
    return this.actionError ? html`<p part="error" role="alert">${this.actionError}</p>` : nothing;
  }

  renderDialog(): TemplateResult {
    return renderTeamDialog({
      dialog: this.dialog,
      workspaceName: this.#o.workspaceName(),
      error: this.dialogError,
      fieldErrors: this.fieldErrors,
      pending: this.busy,
      announcement: this.dialogAnnouncement,
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
