import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Member, MembershipKind } from '@foyer/schema';

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

/** The team as a table: who, how they belong, their role, whether they can sign in, their second factor. */
export function renderMemberList(members: readonly Member[], locale: string): TemplateResult {
  if (members.length === 0) return html`<p part="empty" class="muted">${msg('Nobody is on the team yet.')}</p>`;
  return html`
    <!-- Focusable, so a keyboard can scroll a table wider than the element. -->
    <div class="table-wrap" tabindex="0" role="region" aria-label=${msg('Team members')}>
      <table part="list">
        <caption class="visually-hidden">${msg('Team members')}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Name')}</th>
            <th scope="col">${msg('Email')}</th>
            <th scope="col">${msg('Kind')}</th>
            <th scope="col">${msg('Role')}</th>
            <th scope="col">${msg('Status')}</th>
            <th scope="col">${msg('Second factor')}</th>
          </tr>
        </thead>
        <tbody>
          ${members.map(
            (m) => html`
              <tr part="row" data-email=${m.email}>
                <th scope="row">${m.name ?? m.email}</th>
                <td>${m.email}</td>
                <td>${kindLabel(m.kind)}</td>
                <td part="role">${m.role.name}</td>
                <td>${statusOf(m, locale)}</td>
                <td>${m.kind === 'api' ? html`<span class="muted">${msg('not used')}</span>` : m.secondFactor ? msg('On') : msg('Off')}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </div>
  `;
}
