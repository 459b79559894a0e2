import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges, msg, str } from '@lit/localize';
import { describeError, type FoyerErrorInfo } from '@foyer/client';
import type { Member, MyPermissions } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import { ConnectionController } from '../../internal/connection-controller.js';
import { errorSentence } from '../../internal/messages.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import '../role-picker/define.js';
import { renderMemberList } from './member-list.js';
import { teamMembersStyles } from './team-members.styles.js';

/**
 * @summary A workspace's team: who belongs to it, how and with which role; and, for those who
 * manage the team, an invitation by email with a role from `<role-picker>`.
 *
 * Place it in a `<foyer-provider>` with a member's session. The server decides what the
 * member may see and do: a role without "Manage team" is told so in a sentence.
 *
 * @slot heading - Your own words for the heading, in place of "Team".
 *
 * @csspart base - The element's outer section.
 * @csspart title - The heading.
 * @csspart message - The live region announcing results ("Invitation sent to …").
 * @csspart list - The table of members.
 * @csspart row - One member or open invitation.
 * @csspart role - A member's role.
 * @csspart empty - The sentence shown when nobody is listed.
 * @csspart loading - The sentence shown while the team loads.
 * @csspart error - A refusal or a field's problem.
 * @csspart form - The invitation form.
 * @csspart label - A field's label.
 * @csspart input - The email field.
 * @csspart button - Every button.
 * @csspart role-picker - The `<role-picker>` in the invitation form.
 *
 * @cssproperty [--gap=var(--foyer-space)] - Space between rows.
 * @cssproperty [--error-color=var(--foyer-color-danger)]
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

  get #emailInput(): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>('#invite-email') ?? null;
  }
  get #picker(): RolePicker | null {
    return this.renderRoot?.querySelector<RolePicker>('role-picker') ?? null;
  }

  readonly #link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.members = undefined;
      this.mine = undefined;
      this.loadError = '';
      this.inviteError = '';
      this.emailError = '';
      this.announcement = '';
      if (c) void this.refresh();
    },
  });

  /** Reads the team again from the server. */
  async refresh(): Promise<void> {
    const c = this.connection;
    if (!c?.token || !c.workspace) return;
    const ticket = this.#link.ticket();
    this.loadError = '';
    const [members, mine] = await Promise.allSettled([c.api.members.list.query({ workspace: c.workspace }), c.api.permissions.mine.query({ workspace: c.workspace })]);
    if (!this.#link.isCurrent(ticket)) return;
    if (mine.status === 'fulfilled') this.mine = mine.value;
    if (members.status === 'fulfilled') this.members = members.value;
    else {
      const info = describeError(members.reason);
      this.loadError = teamRefusal(info);
      this.retryable = ['NETWORK', 'INTERNAL', 'RATE_LIMITED'].includes(info.code);
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
    const c = this.connection;
    if (!c) return html`<p part="error">${msg('This element needs a <foyer-provider> around it to reach the server.')}</p>`;
    if (!c.token) return html`<p part="loading">${msg('Sign in to see the team.')}</p>`;
    if (!c.workspace) return html`<p part="loading">${msg('Choose an account to see its team.')}</p>`;
    if (this.loadError) {
      return html`
        <p part="error" role="alert">${this.loadError}</p>
        ${this.retryable ? html`<button part="button" type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>` : nothing}
      `;
    }
    if (!this.members) return html`<p part="loading" role="status">${msg('Loading the team…')}</p>`;
    const locale = this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    const manages = this.mine?.permissions.includes('members.manage') ?? false;
    return html`${renderMemberList(this.members, locale)} ${manages ? this.#renderInvite() : nothing}`;
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

/** The sentence for a refusal of the team's calls. */
function teamRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your role in this workspace does not allow this.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    default:
      return errorSentence(info);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'team-members': TeamMembers;
  }
}
