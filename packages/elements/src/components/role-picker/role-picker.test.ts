import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emailMarketingCatalog } from '@foyer/schema';
import { allWithin, deepActiveElement, press, shown, textOf } from '../../test-support/interaction.js';
import { agencyFixture, mailTeamFixture } from '../../test-support/fixtures.js';
import { signInWithSecondFactor } from '../../test-support/sessions.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import '../foyer-provider/define.js';
import type { RolePicker } from './role-picker.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A radio button or checkbox by the text of its label, as a person finds it. */
function control(picker: RolePicker, label: string): HTMLInputElement {
  const found = allWithin<HTMLLabelElement>(picker, 'label').find((l) => text(l) === label);
  const input = found && picker.shadowRoot!.getElementById(found.htmlFor);
  if (!input) throw new Error(`no control labelled "${label}" among: ${allWithin(picker, 'label').map(text).join(' | ')}`);
  return input as HTMLInputElement;
}

/** What a screen reader reads as a control's description: the texts its aria-describedby names. */
function description(picker: RolePicker, input: HTMLInputElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => text(picker.shadowRoot!.getElementById(id))).join(' ');
}

function legends(picker: RolePicker): string[] {
  return allWithin(picker, 'legend').map(text);
}

async function mount(options: { grantable?: string[] } = {}): Promise<RolePicker> {
  const picker = await fixture<RolePicker>(html`<role-picker template="email-marketing" .grantable=${options.grantable}></role-picker>`);
  // The template's catalog is a module of its own, fetched when the picker is given one.
  await waitUntil(() => picker.activeCatalog, 'the template’s catalog did not load');
  await picker.updateComplete;
  return picker;
}

async function click(picker: RolePicker, label: string): Promise<void> {
  control(picker, label).click();
  await picker.updateComplete;
}

describe('role-picker', () => {
  it('lists the template roles and every permission under its catalog group, each with its description', async () => {
    const picker = await mount();
    expect(legends(picker)).to.deep.equal(['Role', 'Workspace', 'Emails', 'Contacts', 'Configuration', 'API']);
    for (const role of Object.values(emailMarketingCatalog.roles)) {
      expect(control(picker, role.name).type).to.equal('radio');
      expect(description(picker, control(picker, role.name))).to.equal(role.description);
    }
    const send = control(picker, 'Send emails');
    expect(send.type).to.equal('checkbox');
    expect(description(picker, send)).to.equal('Send emails and campaigns to contacts.');
    const emails = allWithin(picker, 'fieldset[part~="group"]').find((f) => text(f.querySelector('legend')) === 'Emails')!;
    expect([...emails.querySelectorAll('label')].map(text)).to.deep.equal(['Create emails', 'Send emails']);
    expect(picker.value).to.equal(undefined);
    expect(textOf(picker, '[part="summary-title"]')).to.equal('No role chosen yet');
    await expect(picker).to.be.accessible();
  });

  it('choosing a role ticks what it grants and locks what another permission includes, naming it', async () => {
    const picker = await mount();
    const changed = oneEvent(picker, 'change');
    await click(picker, 'Email marketing manager');
    await changed;
    expect(picker.value).to.deep.equal({ template: 'email-marketing-manager' });
    const send = control(picker, 'Send emails');
    const create = control(picker, 'Create emails');
    expect(send.checked).to.equal(true);
    expect(send.disabled).to.equal(false);
    expect(create.checked).to.equal(true);
    expect(create.disabled).to.equal(true);
    expect(description(picker, create)).to.include('Included in Send emails.');
    expect(control(picker, 'Search contacts').checked).to.equal(false);
    await expect(picker).to.be.accessible();
  });

  it('ticking permissions one by one keeps implications consistent and gives the smallest set as the value', async () => {
    const picker = await mount();
    await click(picker, 'Send emails');
    expect(picker.value).to.deep.equal({ permissions: ['emails.send'] });
    expect(control(picker, 'Choose permissions one by one').checked).to.equal(true);
    expect(control(picker, 'Create emails').checked).to.equal(true);
    expect(control(picker, 'Create emails').disabled).to.equal(true);
    expect(textOf(picker, '[role="status"]')).to.equal('Send emails includes Create emails.');

    // Clearing "Send emails" clears what only it had brought.
    await click(picker, 'Send emails');
    expect(control(picker, 'Create emails').checked).to.equal(false);
    expect(picker.value).to.deep.equal({ permissions: [] });

    // What was ticked on its own stays when the permission that includes it is cleared.
    await click(picker, 'Create emails');
    await click(picker, 'Send emails');
    expect(picker.value).to.deep.equal({ permissions: ['emails.send'] });
    await click(picker, 'Send emails');
    expect(control(picker, 'Create emails').checked).to.equal(true);
    expect(control(picker, 'Create emails').disabled).to.equal(false);
    expect(picker.value).to.deep.equal({ permissions: ['emails.create'] });
  });

  it('changing a permission of a chosen role starts a set of its own from that role', async () => {
    const picker = await mount();
    await click(picker, 'Website builder');
    const changed = oneEvent(picker, 'change');
    await click(picker, 'Tags');
    await changed;
    expect(picker.value).to.deep.equal({ permissions: ['forms.manage', 'settings.manage'] });
    expect(control(picker, 'Website builder').checked).to.equal(false);
    expect(textOf(picker, '[part="summary-title"]')).to.equal('What these permissions allow');

    picker.value = { template: 'copywriter' };
    await picker.updateComplete;
    expect(control(picker, 'Copywriter').checked).to.equal(true);
    await click(picker, 'Choose permissions one by one');
    expect(picker.value).to.deep.equal({ permissions: ['emails.create'] });
  });

  it('roles and permissions the person may not grant are shown locked, with the reason', async () => {
    const picker = await mount({ grantable: ['emails.create', 'emails.send', 'subscribers.view', 'subscribers.manage'] });
    const admin = control(picker, 'Administrator');
    expect(admin.disabled).to.equal(true);
    expect(description(picker, admin)).to.match(/You cannot grant this role: it includes .*Sign-up forms.*, which you do not hold yourself\./);
    expect(control(picker, 'Customer support').disabled).to.equal(false);
    expect(control(picker, 'Email marketing manager').disabled).to.equal(false);

    const forms = control(picker, 'Sign-up forms');
    expect(forms.disabled).to.equal(true);
    expect(forms.checked).to.equal(false);
    expect(description(picker, forms)).to.include('You cannot grant this permission: you do not hold it yourself.');
    expect(control(picker, 'Edit contacts').disabled).to.equal(false);

    // A locked role given as the value (a member who holds it already) shows, still locked.
    picker.value = { template: 'administrator' };
    await picker.updateComplete;
    expect(admin.checked).to.equal(true);
    expect(control(picker, 'Sign-up forms').checked).to.equal(true);
    expect(control(picker, 'Sign-up forms').disabled).to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('locks the roles a page’s lockRole names, with its sentence, and says it of a hand-picked set', async () => {
    const picker = await mount();
    const reason = 'Not for agencies: API access alone.';
    picker.lockRole = (granted) => (granted.size > 0 && [...granted].every((p) => p === 'api.use') ? reason : '');
    await picker.updateComplete;
    const apiUser = control(picker, 'API user');
    expect(apiUser.disabled).to.equal(true);
    expect(description(picker, apiUser)).to.include(reason);
    // Administrator holds API access beside everything else: it stays open.
    expect(control(picker, 'Administrator').disabled).to.equal(false);

    await click(picker, 'Choose permissions one by one');
    await click(picker, 'API access');
    expect(picker.value).to.deep.equal({ permissions: ['api.use'] });
    expect(description(picker, control(picker, 'Choose permissions one by one'))).to.include(reason);
    await click(picker, 'Create emails');
    expect(description(picker, control(picker, 'Choose permissions one by one'))).to.not.include(reason);
    await expect(picker).to.be.accessible();
  });

  it('sums up in words what the chosen role can and cannot do, and what only the owner ever does', async () => {
    const picker = await mount();
    await click(picker, 'Copywriter');
    expect(textOf(picker, '[part="summary-title"]')).to.equal('What “Copywriter” can do');
    expect(textOf(picker, '[part="summary-description"]')).to.equal('Creates emails, cannot send them.');
    expect(textOf(picker, '[part="summary-can"]')).to.equal('Create emails — Write and edit emails and campaigns.');
    const cannot = allWithin(picker, '[part="summary-cannot"] li').map(text);
    expect(cannot).to.include('Send emails');
    expect(cannot).to.include('Manage team');
    expect(cannot).to.not.include('Create emails');
    const never = allWithin(picker, '[part="summary-never"] li').map(text);
    expect(never).to.deep.equal([
      'Agency access — Granting, changing and revoking agencies’ access.',
      'Plan and billing — The account’s plan, and so whether agencies may be granted access.',
    ]);

    await click(picker, 'Administrator');
    expect(textOf(picker, '[part="summary-cannot"]')).to.equal('');
    expect(textOf(picker, '[part="summary"]')).to.include('Nothing: this role holds every permission a role can hold.');
    await expect(picker).to.be.accessible();
  });

  it('is worked with the keyboard: arrow keys move between roles, Space ticks a permission', async () => {
    const picker = await mount();
    control(picker, 'Administrator').focus();
    await press('Space');
    await picker.updateComplete;
    expect(picker.value).to.deep.equal({ template: 'administrator' });
    await press('ArrowDown');
    await picker.updateComplete;
    expect(picker.value).to.deep.equal({ template: 'copywriter' });
    expect(deepActiveElement()).to.equal(control(picker, 'Copywriter'));

    // Tab leaves the radio group for the first permission; Space ticks it.
    await press('Tab');
    expect(deepActiveElement()).to.equal(control(picker, 'View sent email'));
    await press('Space');
    await picker.updateComplete;
    expect(picker.value).to.deep.equal({ permissions: ['emails.create', 'outbox.view'] });
  });

  it('says so when no template has the name it is given', async () => {
    const picker = await fixture<RolePicker>(html`<role-picker template="bakery"></role-picker>`);
    await waitUntil(() => picker.templateCatalog, 'the templates’ catalogs did not load');
    await picker.updateComplete;
    expect(textOf(picker, '[part="error"]')).to.equal('There is no permission catalog named “bakery”.');
  });

  it('works with a catalog and roles of the page’s own', async () => {
    const picker = await fixture<RolePicker>(html`<role-picker
      label="Access for the agency"
      .catalog=${emailMarketingCatalog}
      .customRoles=${[{ id: 'r1', name: 'Newsletter team', description: 'Writes and sends the newsletter.', permissions: ['emails.send', 'tags.manage'] }]}
    ></role-picker>`);
    expect(legends(picker)[0]).to.equal('Access for the agency');
    await click(picker, 'Newsletter team');
    expect(picker.value).to.deep.equal({ customRoleId: 'r1' });
    expect(control(picker, 'Tags').checked).to.equal(true);
    expect(control(picker, 'Create emails').checked).to.equal(true);
    expect(textOf(picker, '[part="summary-title"]')).to.equal('What “Newsletter team” can do');
    await expect(picker).to.be.accessible();
  });

  it('inside a provider, offers the workspace’s template roles and its own roles, all grantable by the owner', async () => {
    const f = await mailTeamFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><role-picker></role-picker></foyer-provider>
    `);
    provider.token = f.owner.token;
    const picker = provider.querySelector('role-picker')!;
    await shown(picker, 'fieldset');
    expect(control(picker, 'Administrator').disabled).to.equal(false);
    expect(textOf(picker, '.subheading')).to.equal('Roles of this workspace');
    await click(picker, 'Newsletter team');
    expect(picker.value).to.deep.equal({ customRoleId: f.customRole.id });
    expect(control(picker, 'Create emails').checked).to.equal(true);
    expect(control(picker, 'Create emails').disabled).to.equal(true);
    expect(allWithin(picker, '[part~="reason"]')).to.have.length(0);
    await expect(picker).to.be.accessible();
  });

  it('inside a provider, reads the workspace’s catalog and locks what the signed-in member may not grant', async function () {
    // A real server seeds several accounts (each password hashed with argon2) before the test starts.
    this.timeout(30_000);
    const f = await agencyFixture();
    // The agency holds Manage team and Create emails in North: it may grant those, nothing more.
    const token = await signInWithSecondFactor(f.api, f.agency);
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspaces.north.workspace} persist="none"><role-picker></role-picker></foyer-provider>
    `);
    provider.token = token;
    const picker = provider.querySelector('role-picker')!;
    await shown(picker, 'fieldset');
    expect(legends(picker)).to.deep.equal(['Role', 'Workspace', 'Emails', 'Contacts', 'Configuration', 'API']);
    expect(control(picker, 'Copywriter').disabled).to.equal(false);
    expect(control(picker, 'Administrator').disabled).to.equal(true);
    expect(control(picker, 'Email marketing manager').disabled).to.equal(true);
    expect(description(picker, control(picker, 'Email marketing manager'))).to.include('it includes Send emails, which you do not hold yourself');
    expect(control(picker, 'Send emails').disabled).to.equal(true);
    expect(control(picker, 'Manage team').disabled).to.equal(false);
    await click(picker, 'Copywriter');
    expect(picker.value).to.deep.equal({ template: 'copywriter' });
    await expect(picker).to.be.accessible();
  });

  it('inside a provider, a member who may not manage the team is told so', async function () {
    // A real server seeds several accounts (each password hashed with argon2) before the test starts.
    this.timeout(30_000);
    const f = await agencyFixture();
    const token = await signInWithSecondFactor(f.api, f.agency);
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspaces.south.workspace} persist="none"><role-picker></role-picker></foyer-provider>
    `);
    provider.token = token;
    const picker = provider.querySelector('role-picker')!;
    await shown(picker, '[part="error"]', 'Your role in this workspace does not allow managing the team.');
    await expect(picker).to.be.accessible();
  });
});
