import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { agencyFixture, mailTeamFixture } from '../../test-support/fixtures.js';
import { allWithin, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { signInWithSecondFactor } from '../../test-support/sessions.js';
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
});
