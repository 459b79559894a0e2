import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Member, MembershipKind } from '@foyer/schema';
import { memberActions, nameOf, rowKeyOf } from './member-actions.js';
import { renderRowActions, type RowActionsView } from './row-actions.js';

export function kindLabel(kind: MembershipKind): string {
  switch (kind) {
    case 'owner':
      return msg('Owner');
    case 'member':
      return msg('Team member');
    case 'agency':
      return msg('Agency');
    case 'contact':
      return msg('Contact');
    case 'api':
      return msg('API user');
    case 'master':
      return msg('Through a master account');
  }
}

function statusOf(member: Member, locale: string): string {
  const invitation = member.invitation;
  if (invitation && member.identityId === null) {
    const date = new Date(invitation.expiresAt).toLocaleDateString(locale, { dateStyle: 'medium' });
    switch (invitation.state) {
      case 'valid':
        return msg(str`Invited, until ${date}`);
      case 'expired':
        return msg('Invitation expired');
      case 'used':
        return msg('Invitation accepted');
      case 'revoked':
        return msg('Invitation withdrawn');
    }
  }
  return member.disabled ? msg('Disabled') : msg('Active');
}

/**
 * The team as a table: who, how they belong, their role, whether they can sign in, their second
 * factor, and what the person who asked may do to each (`actions`).
 */
export function renderMemberList(members: readonly Member[], locale: string, actions: RowActionsView): TemplateResult {
  if (members.length === 0) return html`<p part="empty" class="muted">${msg('Nobody is on the team yet.')}</p>`;
  const label = { email: msg('Email'), kind: msg('Kind'), role: msg('Role'), status: msg('Status'), secondFactor: msg('Second factor') };
  return html`
    <!-- Focusable, so a keyboard can scroll a table wider than the element; focus lands here when a row it left is gone. -->
    <div class="table-wrap" id="team-list" tabindex="0" role="region" aria-label=${msg('Team members')}>
      <table part="list" class="stackable" role="table">
        <caption class="visually-hidden">${msg('Team members')}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">${msg('Name')}</th>
            <th scope="col" role="columnheader">${label.email}</th>
            <th scope="col" role="columnheader">${label.kind}</th>
            <th scope="col" role="columnheader">${label.role}</th>
            <th scope="col" role="columnheader">${label.status}</th>
            <th scope="col" role="columnheader">${label.secondFactor}</th>
            <th scope="col" role="columnheader"><span class="visually-hidden">${msg('Actions')}</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${repeat(
            members,
            (m) => rowKeyOf.member(m),
            (m) => html`
              <tr role="row" part="row" data-email=${m.email}>
                <th scope="row" role="rowheader">${m.name ?? m.email}</th>
                <td role="cell" data-label=${label.email}>${m.email}</td>
                <td role="cell" data-label=${label.kind}>${kindLabel(m.kind)}</td>
                <td role="cell" part="role" data-label=${label.role}>${m.role.name}</td>
                <td role="cell" data-label=${label.status}>${statusOf(m, locale)}</td>
                <td role="cell" data-label=${label.secondFactor}>${m.kind === 'api' ? html`<span class="muted">${msg('not used')}</span>` : m.secondFactor ? msg('On') : msg('Off')}</td>
                <td role="cell" class="actions-cell">${renderRowActions(rowKeyOf.member(m), nameOf(m), memberActions(m), actions)}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
