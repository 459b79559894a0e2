import { msg, str } from '@lit/localize';
import type { AgencyGrant, RoleChoice } from '@foyer/schema';
import type { FoyerConnection } from '../../context/foyer-context.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import type { TeamDialog } from './dialog-parts.js';
import { nameOf } from './member-actions.js';

/**
 * What a dialog's command came to: done (the sentence for the live region), a key to show
 * next, or fields the person still has to fill in (each with its sentence).
 */
export type Outcome = { done: string } | { next: TeamDialog; said: string } | { missing: Record<string, string> };

/** The fields of the dialogs' forms a refusal can name; a problem elsewhere is said in a sentence. */
export const formFields = ['email', 'firstName', 'lastName', 'description', 'agencyEmail', 'role'];

/** "Bright Agency can use its access" and the like, for the live region after a change. */
const grantedSentence = (g: AgencyGrant) =>
  g.secondFactorOn ? msg(str`${nameOf(g)} has access as ${g.role.name}.`) : msg(str`${nameOf(g)} has access as ${g.role.name}, usable once the agency turns on its second factor.`);

const pickedRole = (form: HTMLFormElement): RoleChoice | undefined => form.querySelector<RolePicker>('role-picker')?.value;

/** Runs the command the dialog asked about; a refusal of the server is thrown for the element to say. */
export async function runDialog(c: FoyerConnection, d: TeamDialog, form: HTMLFormElement, workspaceName: string): Promise<Outcome | null> {
  const workspace = c.workspace;
  const text = (name: string) => String(new FormData(form).get(name) ?? '').trim();
  switch (d.kind) {
    case 'cancel-invitation':
      await c.api.members.revokeInvitation.mutate({ workspace, invitationId: d.member.invitation!.id });
      return { done: msg(str`The invitation to ${d.member.email} was cancelled.`) };
    case 'change-role': {
      const role = pickedRole(form);
      if (!role) return { missing: { role: msg('Choose the new role.') } };
      const changed = await c.api.members.changeRole.mutate({ workspace, identityId: d.member.identityId!, role });
      return { done: msg(str`${nameOf(changed)} now has the role ${changed.role.name}.`) };
    }
    case 'disable':
      await c.api.members.setDisabled.mutate({ workspace, identityId: d.member.identityId!, disabled: true });
      return { done: msg(str`${nameOf(d.member)} is disabled and cannot work in ${workspaceName} until enabled again.`) };
    case 'end-sessions':
      await c.api.members.endSessions.mutate({ workspace, identityId: d.member.identityId! });
      return { done: msg(str`${nameOf(d.member)} was signed out everywhere.`) };
    case 'reset-password': {
      const sent = await c.api.members.resetPassword.mutate({ workspace, identityId: d.member.identityId! });
      return { done: msg(str`A link to choose a new password was sent to ${sent.sentTo}.`) };
    }
    case 'remove':
      await c.api.members.remove.mutate({ workspace, identityId: d.member.identityId! });
      return { done: msg(str`${nameOf(d.member)} was removed from ${workspaceName}.`) };
    case 'rotate-key': {
      const issued = await c.api.apiUsers.rotateKey.mutate({ workspace, identityId: d.member.identityId! });
      return { next: { kind: 'api-key', name: nameOf(d.member), key: issued.apiKey, created: false }, said: msg(str`${nameOf(d.member)} has a new API key.`) };
    }
    case 'revoke-key':
      await c.api.apiUsers.revokeKey.mutate({ workspace, identityId: d.member.identityId! });
      return { done: msg(str`The API key of ${nameOf(d.member)} was revoked.`) };
    case 'create-api-user': {
      const input = { email: text('email'), firstName: text('firstName'), lastName: text('lastName'), description: text('description') };
      const role = pickedRole(form);
      const missing: Record<string, string> = {};
      if (!input.email) missing.email = msg('Enter an email address for the API user.');
      if (!input.firstName) missing.firstName = msg('Enter the first name.');
      if (!input.lastName) missing.lastName = msg('Enter the last name.');
      if (!role) missing.role = msg('Choose a role.');
      if (Object.keys(missing).length > 0 || !role) return { missing };
      const created = await c.api.apiUsers.create.mutate({ workspace, ...input, role });
      const name = nameOf(created.user);
      return { next: { kind: 'api-key', name, key: created.apiKey, created: true }, said: msg(str`API user ${name} created.`) };
    }
    case 'grant-agency': {
      const agencyEmail = text('agencyEmail');
      const role = pickedRole(form);
      const missing: Record<string, string> = {};
      if (!agencyEmail) missing.agencyEmail = msg('Enter the email of the agency’s account.');
      if (!role) missing.role = msg('Choose a role.');
      if (Object.keys(missing).length > 0 || !role) return { missing };
      return { done: grantedSentence(await c.api.agencyGrants.grant.mutate({ workspace, agencyEmail, role })) };
    }
    case 'change-agency-role': {
      const role = pickedRole(form);
      if (!role) return { missing: { role: msg('Choose the new role.') } };
      const changed = await c.api.agencyGrants.changeRole.mutate({ workspace, agencyId: d.grant.agencyId, role });
      return { done: msg(str`${nameOf(changed)} now has the role ${changed.role.name}.`) };
    }
    case 'revoke-agency':
      await c.api.agencyGrants.revoke.mutate({ workspace, agencyId: d.grant.agencyId });
      return { done: msg(str`${nameOf(d.grant)} no longer has access to ${workspaceName}.`) };
    case 'api-key':
      return null;
  }
}
