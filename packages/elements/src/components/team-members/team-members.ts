import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError } from '@foyer/client';
import type { AgencyGrant, Member, MyPermissions } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { isRetryable, renderLoadState } from '../../internal/load-state.js';
import { pageLocale } from '../client-access-manager/format.js';
import { firstControl, SignInPrompt } from '../../internal/sign-in-prompt.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import '../role-picker/define.js';
import { renderAgencyPanel } from './agency-panel.js';
import { renderApiUserPanel } from './api-user-panel.js';
import { renderMemberList } from './member-list.js';
import { TeamActions } from './team-actions.js';
import { teamRefusal } from './team-messages.js';
import { teamMembersStyles } from './team-members.styles.js';

/**
 * @summary A workspace's team, for those who manage it: who belongs to it, how and with which
 * role; an invitation by email with a role from `<role-picker>`; per member, a new role,
 * disabling and enabling, signing out everywhere, a password reset link, removal; open
 * invitations resent or cancelled; the API users with their keys; and for the owner, the
 * agencies holding access.
 *
 * Place it in a `<foyer-provider>` with a member's session. The server decides what the
 * member may see and do: a role without "Manage team" is told so in a sentence. Each row
 * offers only what the server said it would do for the signed-in person (never on the owner,
 * never on oneself where the server refuses, never on someone holding more than oneself), and
 * the role pickers lock what the person may not grant. Every change is asked about first with
 * its consequence; after a dialog, focus returns to the row's "Actions" button. A new API key
 * is shown once, with a button that copies it. The agencies' panel shows for the owner of a
 * workspace whose plan has agency access.
 *
 * @slot heading - Your own words for the heading, in place of "Team".
 * @slot sign-in - Your way to sign in, shown with the sign-in sentence while nobody is signed in:
 *   a `<foyer-sign-in slot="sign-in">`, or a link to your sign-in page.
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("Invitation sent to …").
 * @csspart list - The tables of members, API users and agencies.
 * @csspart row - One member, open invitation, API user or agency.
 * @csspart role - A member's role.
 * @csspart empty - The sentence shown when nobody is listed.
 * @csspart loading - The sentence shown while the team loads.
 * @csspart error - A refusal or a field's problem.
 * @csspart form - The invitation form.
 * @csspart label - A field's label.
 * @csspart input - The email field, the dialogs' fields, and the field holding a new key.
 * @csspart field - A labelled field of a dialog.
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a dialog ("Change role", "Create API user").
 * @csspart button-danger - Buttons that cannot be taken back ("Remove", "Revoke key").
 * @csspart actions-toggle - A row's "Actions" button, which shows and hides its actions.
 * @csspart actions - The list of a row's actions.
 * @csspart action - One action of a row.
 * @csspart role-picker - The `<role-picker>` in the invitation form and in the dialogs.
 * @csspart api-users - The API users' panel.
 * @csspart api-key - The last characters of an API user's key, and when it was last used.
 * @csspart agencies - The agencies' panel.
 * @csspart usable - Whether an agency can use its access yet.
 * @csspart dialog - The dialog of every confirmation and form.
 * @csspart key - A new API key with its copy button.
 * @csspart key-value - The field holding the new key.
 * @csspart key-note - "It will not be shown again."
 * @csspart sign-in - What shows while nobody is signed in: the sentence and the `sign-in` slot.
 * @csspart sign-in-message - The sentence that says what signing in shows.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
 * @cssproperty [--dialog-width=40rem] - The width of the dialogs.
 * @cssproperty [--key-note-color=var(--foyer-color-danger)] - The colour of "it will not be shown again".
 */
export class TeamMembers extends LitElement {
  static {
    TeamMembers.addInitializer(updateWhenLocaleChanges);
  }

  static override properties = {
    members: { state: true },
    mine: { state: true },
    loadError: { state: true },
    retryable: { state: true },
    inviteError: { state: true },
    emailError: { state: true },
    pending: { state: true },
    announcement: { state: true },
    workspaceName: { state: true },
    agencyFeature: { state: true },
    grants: { state: true },
    grantsError: { state: true },
  };

  static override styles = teamMembersStyles;

  /** The provider's connection: the server, workspace and session every call names. */
  get connection(): FoyerConnection | undefined {
    return this.#link.value;
  }

  members: Member[] | undefined = undefined;
  mine: MyPermissions | undefined = undefined;
  loadError = '';
  /** Whether trying again may help: the server was not reached or failed, rather than refused. */
  retryable = false;
  inviteError = '';
  emailError = '';
  pending = false;
  announcement = '';
  /** The workspace's name, as the confirmations name it. */
  workspaceName = '';
  /** Whether the workspace's plan has agency access (asked for the owner only). */
  agencyFeature = false;
  grants: AgencyGrant[] | undefined = undefined;
  grantsError = '';

  get #emailInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#invite-email') ?? null;
  }
  get #picker(): RolePicker | null {
    return this.renderRoot?.querySelector<RolePicker>('form.invite role-picker') ?? null;
  }

  readonly #actions = new TeamActions(this, {
    connection: () => this.connection,
    members: () => this.members,
    grants: () => this.grants,
    workspaceName: () => this.#workspaceName,
    refresh: () => this.refresh(),
    say: (sentence) => void this.#say(sentence),
  });

  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.members = undefined;
      this.mine = undefined;
      this.loadError = '';
      this.inviteError = '';
      this.emailError = '';
      this.announcement = '';
      this.grants = undefined;
      this.grantsError = '';
      this.agencyFeature = false;
      this.#actions.reset();
      if (c) void this.refresh();
    },
  });
  readonly #signIn = new SignInPrompt(this, {
    connection: () => this.connection,
    focusTarget: () => (this.members || this.loadError ? (this.#emailInput ?? firstControl(this.renderRoot.querySelector('.base'))) : undefined),
  });

  get #workspaceName(): string {
    return this.workspaceName || this.connection?.workspace || '';
  }

  /** Reads the team again from the server (and, for the owner, the agencies holding access). */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    this.loadError = '';
    const [members, mine, workspace] = await Promise.allSettled([
      c.api.members.list.query({ workspace: c.workspace }),
      c.api.permissions.mine.query({ workspace: c.workspace }),
      c.api.workspaces.get.query({ workspace: c.workspace }),
    ]);
    if (!this.#link.isCurrent(ticket)) return;
    if (mine.status === 'fulfilled') this.mine = mine.value;
    if (workspace.status === 'fulfilled') this.workspaceName = workspace.value.name;
    if (members.status === 'fulfilled') this.members = members.value;
    else {
      const info = describeError(members.reason);
      if (this.#signIn.refused(info, c.token)) return;
      this.loadError = teamRefusal(info);
      this.retryable = isRetryable(info);
    }
    // The agencies' area is the owner's alone, and only where the plan has it.
    if (this.mine?.kind === 'owner') await this.#loadGrants(c, ticket);
  }

  async #loadGrants(c: FoyerConnection, ticket: string): Promise<void> {
    try {
      const features = await c.api.workspaces.features.query({ workspace: c.workspace });
      if (!this.#link.isCurrent(ticket)) return;
      this.agencyFeature = features.agency;
      const grants = features.agency ? await c.api.agencyGrants.list.query({ workspace: c.workspace }) : undefined;
      if (!this.#link.isCurrent(ticket)) return;
      this.grants = grants;
      this.grantsError = '';
    } catch (error) {
      if (this.#link.isCurrent(ticket)) this.grantsError = teamRefusal(describeError(error));
    }
  }

  async #handleInvite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const c = this.connection;
    if (!c || this.pending) return;
    const email = this.#emailInput?.value.trim() ?? '';
    const role = this.#picker?.value;
    this.emailError = email ? '' : msg('Enter the email address to send the invitation to.');
    this.inviteError = role ? '' : msg('Choose a role for the new member.');
    if (this.emailError || this.inviteError) {
      if (this.emailError) this.#emailInput?.focus();
      return;
    }
    this.pending = true;
    try {
      await c.api.members.invite.mutate({ workspace: c.workspace, email, role: role! });
      if (this.#emailInput) this.#emailInput.value = '';
      this.announcement = msg(str`Invitation sent to ${email}.`);
      await this.refresh();
    } catch (error) {
      const info = describeError(error);
      if (info.code === 'INVALID_INPUT' && info.fieldErrors.email) {
        this.emailError = msg('Enter a valid email address.');
        this.#emailInput?.focus();
      } else {
        this.inviteError = teamRefusal(info);
      }
    } finally {
      this.pending = false;
    }
  }

  /** Says a result in the live region, again even when it reads as the last one did. */
  async #say(sentence: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = sentence;
  }

  protected override render(): TemplateResult {
    return html`
      <section part="base" class="base" aria-labelledby="title">
        <h2 part="title" id="title"><slot name="heading">${msg('Team')}</slot></h2>
        <p part="message" class="message" role="status">${this.announcement}</p>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const waiting = renderLoadState({
      connection: this.connection,
      workspace: this.connection?.workspace ?? '',
      prompt: this.#signIn,
      signIn: msg('Sign in to see the team.'),
      chooseWorkspace: msg('Choose an account to see its team.'),
      loadError: this.loadError,
      retryable: this.retryable,
      onRetry: () => void this.refresh(),
      loaded: Boolean(this.members),
      loading: msg('Loading the team…'),
    });
    if (waiting) return waiting;
    const members = this.members!;
    const locale = pageLocale(this);
    const manages = this.mine?.permissions.includes('members.manage') ?? false;
    const actions = this.#actions.view;
    const open = this.#actions.open.bind(this.#actions);
    const people = members.filter((m) => m.kind !== 'api');
    return html`
      ${this.#actions.renderActionError()} ${renderMemberList(people, locale, actions)}
      ${manages ? this.#renderInvite() : nothing}
      ${manages ? renderApiUserPanel({ users: members.filter((m) => m.kind === 'api'), locale, actions, onCreate: (b) => void open({ kind: 'create-api-user' }, b, '#new-api-user') }) : nothing}
      ${
        this.mine?.kind === 'owner' && (this.agencyFeature || this.grantsError)
          ? renderAgencyPanel({
              grants: this.grants,
              error: this.grantsError,
              locale,
              actions,
              onGrant: (b) => void open({ kind: 'grant-agency' }, b, '#grant-agency'),
              onRetry: () => void this.refresh(),
            })
          : nothing
      }
      ${this.#actions.renderDialog()}
    `;
  }

  #renderInvite(): TemplateResult {
    return html`
      <form part="form" class="invite" novalidate aria-labelledby="invite-title" aria-busy=${this.pending ? 'true' : 'false'} @submit=${this.#handleInvite}>
        <h3 id="invite-title">${msg('Invite someone')}</h3>
        <div class="field">
          <label part="label" for="invite-email">${msg('Email')}</label>
          <input
            part="input"
            id="invite-email"
            name="email"
            type="email"
            autocomplete="off"
            aria-invalid=${this.emailError ? 'true' : 'false'}
            aria-describedby="invite-email-error"
          />
          <p part="error" class="error" id="invite-email-error">${this.emailError}</p>
        </div>
        <role-picker part="role-picker" label=${msg('Role')}></role-picker>
        <p part="error" class="error" role="alert">${this.inviteError}</p>
        <button part="button" class="primary" type="submit" ?disabled=${this.pending}>
          ${this.pending ? msg('Sending…') : msg('Send invitation')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'team-members': TeamMembers;
  }
}
