import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { agencyFixture, mailTeamFixture } from '../../test-support/fixtures.js';
import { allWithin, deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { signInWithSecondFactor } from '../../test-support/sessions.js';
import { teamAdminFixture, teamMail } from '../../test-support/team-fixtures.js';
import {
  actionsOf,
  apiFor,
  choose,
  described,
  dialog,
  dialogClosed,
  dialogOpen,
  focused,
  outcome,
  press as pressButton,
  roleRadio,
  row,
  rowShown,
  said,
  teamPage,
  toggleOf,
} from '../../test-support/team-page.js';
import '../foyer-provider/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: { api: string }, workspace: string, token: string) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${workspace} persist="none"><team-members></team-members></foyer-provider>
  `);
  provider.token = token;
  const team = provider.querySelector('team-members')!;
  return { provider, team };
}

function rows(team: Element): string[] {
  return allWithin(team, 'tbody tr').map(text);
}

describe('team-members', () => {
  it('lists the team and invites someone by email with a role from the picker', async function () {
    // A real server seeds several accounts (each password hashed with argon2) before the test starts.
    this.timeout(30_000);
    const f = await mailTeamFixture();
    const { team } = await mount(f, f.workspace, f.owner.token);
    await shown(team, 'table');
    expect(rows(team).some((r) => r.includes('Nora Owner') && r.includes('Owner'))).to.equal(true);
    expect(rows(team).some((r) => r.includes(f.invited) && r.includes('Copywriter') && r.includes('Invited'))).to.equal(true);
    await expect(team).to.be.accessible();

    const picker = within<RolePicker>(team, 'role-picker');
    await shown(picker, 'fieldset');
    await typeInto(within(team, '#invite-email'), 'new.writer@example.com');
    const copywriter = [...picker.shadowRoot!.querySelectorAll('label')].find((l) => text(l) === 'Copywriter')!;
    (picker.shadowRoot!.getElementById(copywriter.htmlFor) as HTMLInputElement).click();
    within<HTMLButtonElement>(team, 'button[type="submit"]').click();
    await shown(team, '[part="message"]', 'Invitation sent to new.writer@example.com.');
    await waitUntil(() => rows(team).some((r) => r.includes('new.writer@example.com') && r.includes('Copywriter') && r.includes('Invited')));
    await expect(team).to.be.accessible();
  });

  it('an invitation without a role is not sent, and says why', async () => {
    const f = await mailTeamFixture();
    const { team } = await mount(f, f.workspace, f.owner.token);
    await shown(team, 'form');
    await typeInto(within(team, '#invite-email'), 'someone@example.com');
    within<HTMLButtonElement>(team, 'button[type="submit"]').click();
    await shown(team, '[role="alert"]', 'Choose a role for the new member.');
    expect(rows(team).some((r) => r.includes('someone@example.com'))).to.equal(false);
  });

  it('a role without Manage team is refused the list with a sentence', async function () {
    // A real server seeds several accounts (each password hashed with argon2) before the test starts.
    this.timeout(30_000);
    const f = await agencyFixture();
    const token = await signInWithSecondFactor(f.api, f.agency);
    const { team } = await mount(f, f.workspaces.south.workspace, token);
    await shown(team, '[role="alert"]', 'Your role in this workspace does not allow this.');
    expect(textOf(team)).to.not.include(f.owner.email);
    await expect(team).to.be.accessible();
  });
  describe('managing the team', () => {
    it('resends an open invitation with a new link, and cancels one only after saying what that does', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      expect(await actionsOf(team, f.invited)).to.deep.equal(['Resend invitation', 'Cancel invitation']);
      await choose(team, f.invited, 'Resend invitation');
      await waitUntil(() => said(team).includes(`The invitation was sent to ${f.invited} again`), 'the resend is announced');
      expect((await teamMail(f.invited)).invitationLinks).to.equal(2);
      expect(focused()).to.equal(toggleOf(team, f.invited)!.id);

      await choose(team, f.invited, 'Cancel invitation');
      const box = await dialogOpen(team);
      expect(text(box)).to.include('The link in the invitation email stops working at once');
      // The way out comes first and has focus: Enter never cancels by accident.
      expect(text(deepActiveElement())).to.equal('Keep invitation');
      await expect(team).to.be.accessible();
      pressButton(team, 'Cancel invitation');
      await dialogClosed(team);
      await waitUntil(() => said(team) === `The invitation to ${f.invited} was cancelled.`, 'the cancellation is announced');
      expect(row(team, f.invited)).to.equal(null);
      // Its row is gone: focus goes to the list it was in.
      expect(focused()).to.equal('team-list');
    });

    it('changes a member’s role in a dialog with the role picker, from her next request on', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      await choose(team, f.anna.email, 'Change role');
      const box = await dialogOpen(team);
      expect(text(box)).to.include('Now: Copywriter');
      const picker = box.querySelector<RolePicker>('role-picker')!;
      expect((await roleRadio(picker, 'Copywriter')).checked).to.equal(true);
      (await roleRadio(picker, 'Email marketing manager')).click();
      pressButton(team, 'Change role');
      await dialogClosed(team);
      await rowShown(team, f.anna.email, 'Email marketing manager');
      expect(said(team)).to.equal('Anna Writer now has the role Email marketing manager.');
      expect(focused()).to.equal(toggleOf(team, f.anna.email)!.id);
      const mine = await apiFor(f.api, f.anna.token).permissions.mine.query({ workspace: f.workspace });
      expect(mine.permissions).to.include('emails.send');
    });

    it('disables a member, who is refused at once, and enables her again', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      const anna = apiFor(f.api, f.anna.token);
      await choose(team, f.anna.email, 'Disable');
      const box = await dialogOpen(team);
      expect(text(box)).to.include('Anna Writer cannot work in Harbour Mail from their very next request');
      expect(text(box)).to.include('until you enable them again');
      pressButton(team, 'Disable');
      await dialogClosed(team);
      await rowShown(team, f.anna.email, 'Disabled');
      expect(said(team)).to.equal('Anna Writer is disabled and cannot work in Harbour Mail until enabled again.');
      expect(await outcome(anna.permissions.mine.query({ workspace: f.workspace }))).to.equal('MEMBERSHIP_DISABLED');

      expect(await actionsOf(team, f.anna.email)).to.include('Enable');
      await choose(team, f.anna.email, 'Enable');
      await rowShown(team, f.anna.email, 'Active');
      await waitUntil(() => said(team) === 'Anna Writer can work in Harbour Mail again.', 'the enabling is announced');
      expect(await outcome(anna.permissions.mine.query({ workspace: f.workspace }))).to.equal('allowed');
    });

    it('signs a member out everywhere', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      await choose(team, f.anna.email, 'End sessions');
      const box = await dialogOpen(team);
      expect(text(box)).to.include('Every session of Anna Writer ends at once, in Harbour Mail and in every other workspace they use');
      pressButton(team, 'End sessions');
      await dialogClosed(team);
      expect(said(team)).to.equal('Anna Writer was signed out everywhere.');
      expect(await outcome(apiFor(f.api, f.anna.token).permissions.mine.query({ workspace: f.workspace }))).to.equal('NOT_SIGNED_IN');
    });

    it('asks a member by mail to choose a new password', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      await choose(team, f.anna.email, 'Ask to reset password');
      const box = await dialogOpen(team);
      expect(text(box)).to.include(`Anna Writer gets an email at ${f.anna.email} with a link to choose a new password`);
      pressButton(team, 'Send the link');
      await dialogClosed(team);
      expect(said(team)).to.equal(`A link to choose a new password was sent to ${f.anna.email}.`);
      expect((await teamMail(f.anna.email)).passwordResetLinks).to.equal(1);
      // The current password keeps working until she chooses a new one.
      expect(await outcome(apiFor(f.api, f.anna.token).permissions.mine.query({ workspace: f.workspace }))).to.equal('allowed');
    });

    it('removes a member after saying what that does', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      await choose(team, f.anna.email, 'Remove from team');
      const box = await dialogOpen(team);
      expect(text(box)).to.include('Remove Anna Writer from Harbour Mail?');
      expect(text(box)).to.include('To come back they need a new invitation.');
      pressButton(team, 'Remove');
      await dialogClosed(team);
      expect(said(team)).to.equal('Anna Writer was removed from Harbour Mail.');
      expect(row(team, f.anna.email)).to.equal(null);
      expect(focused()).to.equal('team-list');
      expect(await outcome(apiFor(f.api, f.anna.token).permissions.mine.query({ workspace: f.workspace }))).to.equal('NOT_A_MEMBER');
    });

    it('offers each person only what the server would do for them: the owner, a member with Manage team, oneself', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const all = ['Change role', 'Disable', 'End sessions', 'Ask to reset password', 'Remove from team'];
      const byOwner = await teamPage(f, f.workspace, f.owner.token);
      // Nothing on the owner, who is also the one signed in.
      expect(toggleOf(byOwner, f.owner.email)).to.equal(null);
      expect(await actionsOf(byOwner, f.manager.email)).to.deep.equal(all);
      expect(await actionsOf(byOwner, f.alex.email)).to.deep.equal(all);
      await shown(byOwner, '[part="agencies"]');

      const byManager = await teamPage(f, f.workspace, f.manager.token);
      expect(toggleOf(byManager, f.owner.email), 'the owner').to.equal(null);
      expect(toggleOf(byManager, f.manager.email), 'oneself').to.equal(null);
      expect(toggleOf(byManager, f.alex.email), 'someone holding more').to.equal(null);
      expect(await actionsOf(byManager, f.anna.email)).to.deep.equal(all);
      // The agencies are the owner's alone.
      expect(byManager.shadowRoot!.querySelector('[part="agencies"]')).to.equal(null);
      // A role the manager does not hold is offered locked, with why.
      await choose(byManager, f.anna.email, 'Change role');
      const picker = (await dialogOpen(byManager)).querySelector<RolePicker>('role-picker')!;
      const admin = await roleRadio(picker, 'Administrator');
      expect(admin.disabled).to.equal(true);
      expect(described(picker.shadowRoot!, admin)).to.include('You cannot grant this role');
      expect((await roleRadio(picker, 'Email marketing manager')).disabled).to.equal(false);
      await expect(byManager).to.be.accessible();
    });

    it('is worked with the keyboard, and focus comes back to the row’s Actions button', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      const toggle = toggleOf(team, f.anna.email)!;
      toggle.focus();
      await press('Enter');
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter shows the actions');
      await press('Escape');
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false', 'Escape hides them');
      expect(focused()).to.equal(toggle.id);

      await press('Enter');
      await press('Tab');
      expect(text(deepActiveElement())).to.equal('Change role');
      await press('Tab');
      expect(text(deepActiveElement())).to.equal('Disable');
      await press('Enter');
      await dialogOpen(team);
      expect(text(deepActiveElement())).to.equal('Cancel');
      await press('Escape');
      await dialogClosed(team);
      expect(focused()).to.equal(toggle.id);
      expect(text(row(team, f.anna.email))).to.include('Active');

      await press('Enter');
      await press('Tab');
      await press('Tab');
      await press('Enter');
      await dialogOpen(team);
      await press('Tab');
      expect(text(deepActiveElement())).to.equal('Disable');
      await press('Enter');
      await dialogClosed(team);
      await rowShown(team, f.anna.email, 'Disabled');
      expect(focused()).to.equal(toggle.id);
      expect(dialog(team).open).to.equal(false);
    });
  });
  describe('API users and their keys', () => {
    /** The clipboard as the page meets it: one that takes the text, or one the page may not write to. */
    function clipboard(accepts: boolean): { copied: string[]; restore: () => void } {
      const copied: string[] = [];
      const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      const writeText = (value: string) => (accepts ? (copied.push(value), Promise.resolve()) : Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      return { copied, restore: () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard) };
    }

    it('creates an API user whose key is shown once, with a copy button, and copies it', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      await rowShown(team, f.apiUser.email, `Ends in ${f.apiUser.key.slice(-4)}`);
      within<HTMLButtonElement>(team, '#new-api-user').click();
      const box = await dialogOpen(team);
      await typeInto(box.querySelector('#api-user-email')!, 'sync@example.com');
      await typeInto(box.querySelector('#api-user-firstName')!, 'Shop');
      await typeInto(box.querySelector('#api-user-lastName')!, 'Sync');
      (await roleRadio(box.querySelector<RolePicker>('role-picker')!, 'API user')).click();
      pressButton(team, 'Create API user');
      await waitUntil(() => dialog(team).querySelector('#api-key'), 'the key is shown');
      const key = dialog(team).querySelector<HTMLInputElement>('#api-key')!.value;
      expect(key).to.match(/^fy_[A-Za-z0-9_-]{43}$/);
      expect(text(dialog(team))).to.include('it will not be shown again');
      expect(focused()).to.equal('copy-key');
      await expect(team).to.be.accessible();
      const board = clipboard(true);
      try {
        pressButton(team, 'Copy key');
        await waitUntil(() => text(dialog(team)).includes('Key copied.'), 'the copy is said');
      } finally {
        board.restore();
      }
      expect(board.copied).to.deep.equal([key]);
      const mine = await apiFor(f.api, key).permissions.mine.query({ workspace: f.workspace });
      expect(mine).to.include({ viaApiKey: true });
      expect(mine.permissions).to.deep.equal(['api.use']);

      pressButton(team, 'Done');
      await dialogClosed(team);
      await rowShown(team, 'sync@example.com', `Ends in ${key.slice(-4)}`);
      // Once its dialog is closed, the key is nowhere on the page.
      expect(team.shadowRoot!.innerHTML).to.not.include(key);
    });

    it('rotates a key (the old one stops at once, the new one is selected where copying is not allowed) and revokes it', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      expect(await actionsOf(team, f.apiUser.email)).to.deep.equal(['Change role', 'Disable', 'Rotate key', 'Revoke key', 'Remove API user']);
      await choose(team, f.apiUser.email, 'Rotate key');
      expect(text(await dialogOpen(team))).to.include(`The current key, ending in ${f.apiUser.key.slice(-4)}, stops working at once`);
      pressButton(team, 'Rotate key');
      await waitUntil(() => dialog(team).querySelector('#api-key'), 'the new key is shown');
      const key = dialog(team).querySelector<HTMLInputElement>('#api-key')!;
      expect(await outcome(apiFor(f.api, f.apiUser.key).permissions.mine.query({ workspace: f.workspace }))).to.equal('API_KEY_INVALID');
      expect(await outcome(apiFor(f.api, key.value).permissions.mine.query({ workspace: f.workspace }))).to.equal('allowed');
      const board = clipboard(false);
      try {
        pressButton(team, 'Copy key');
        await waitUntil(() => text(dialog(team)).includes('The key is selected'), 'the fallback is said');
      } finally {
        board.restore();
      }
      expect(deepActiveElement()).to.equal(key);
      expect([key.selectionStart, key.selectionEnd]).to.deep.equal([0, key.value.length]);
      const newKey = key.value;
      pressButton(team, 'Done');
      await dialogClosed(team);
      expect(focused()).to.equal(toggleOf(team, f.apiUser.email)!.id);

      await choose(team, f.apiUser.email, 'Revoke key');
      expect(text(await dialogOpen(team))).to.include(`The key ending in ${newKey.slice(-4)} stops working at once`);
      pressButton(team, 'Revoke key');
      await dialogClosed(team);
      await rowShown(team, f.apiUser.email, 'No key');
      expect(said(team)).to.equal('The API key of Robot Sync was revoked.');
      expect(await outcome(apiFor(f.api, newKey).permissions.mine.query({ workspace: f.workspace }))).to.equal('API_KEY_INVALID');
      expect(await actionsOf(team, f.apiUser.email)).to.include('Create a key');
    });
  });

  describe('agencies holding access', () => {
    it('lists each grant with its role and whether the agency can use it yet; grants, changes and revokes', async function () {
      this.timeout(40_000);
      const f = await teamAdminFixture();
      const team = await teamPage(f, f.workspace, f.owner.token);
      const { bright, newcomer, spare } = f.agencies;
      expect(text(await rowShown(team, bright.email)))
        .to.include('Copywriter')
        .and.include('Usable');
      expect(text(row(team, newcomer.email)))
        .to.include('Website builder')
        .and.include('Not usable yet: the agency has not turned on its second factor.');
      await expect(team).to.be.accessible();

      within<HTMLButtonElement>(team, '#grant-agency').click();
      const box = await dialogOpen(team);
      const picker = box.querySelector<RolePicker>('role-picker')!;
      // An agency works signed in, never with a key: the API user role would give it nothing.
      const apiUser = await roleRadio(picker, 'API user');
      expect(apiUser.disabled).to.equal(true);
      expect(described(picker.shadowRoot!, apiUser)).to.include('never holds an API key');
      // A refusal of the server is a sentence in the dialog.
      await typeInto(box.querySelector('#agency-agencyEmail')!, f.anna.email);
      (await roleRadio(picker, 'Customer support')).click();
      pressButton(team, 'Give access');
      await waitUntil(() => text(dialog(team)).includes('There is no agency account with this email.'), 'the refusal is said');
      const email = box.querySelector<HTMLInputElement>('#agency-agencyEmail')!;
      email.value = '';
      await typeInto(email, spare.email);
      pressButton(team, 'Give access');
      await dialogClosed(team);
      expect(text(await rowShown(team, spare.email))).to.include('Customer support');
      expect(said(team)).to.equal('Spare Agency has access as Customer support, usable once the agency turns on its second factor.');

      await choose(team, bright.email, 'Change role');
      (await roleRadio((await dialogOpen(team)).querySelector<RolePicker>('role-picker')!, 'Email marketing manager')).click();
      pressButton(team, 'Change role');
      await dialogClosed(team);
      await rowShown(team, bright.email, 'Email marketing manager');
      expect(focused()).to.equal(toggleOf(team, bright.email)!.id);

      await choose(team, newcomer.email, 'Revoke access');
      expect(text(await dialogOpen(team))).to.include('New Agency can no longer open Harbour Mail from its next request.');
      pressButton(team, 'Revoke access');
      await dialogClosed(team);
      expect(row(team, newcomer.email)).to.equal(null);
      expect(focused()).to.equal('grant-agency');
      const grants = await apiFor(f.api, f.owner.token).agencyGrants.list.query({ workspace: f.workspace });
      expect(grants.map((g) => [g.email, g.role.name])).to.deep.equal([
        [bright.email, 'Email marketing manager'],
        [spare.email, 'Customer support'],
      ]);
    });
  });
});
