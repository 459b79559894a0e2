import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { RolePicker } from '../role-picker/role-picker.js';
import { allWithin, deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { roleAdminFixture, type RoleAdminFixture } from '../../test-support/role-fixtures.js';
import { signInPromptShown } from '../../test-support/sign-in-prompt.js';
import type { RoleEditor } from './role-editor.js';
import '../foyer-provider/define.js';
import '../foyer-sign-in/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: { api: string; workspace: string }, token: string | null): Promise<RoleEditor> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
      <role-editor><foyer-sign-in slot="sign-in"></foyer-sign-in></role-editor>
    </foyer-provider>
  `);
  if (token) provider.token = token;
  return provider.querySelector('role-editor')!;
}

async function editorOf(f: RoleAdminFixture, token: string): Promise<RoleEditor> {
  const editor = await mount(f, token);
  await shown(editor, 'form.form');
  await shown(picker(editor), 'fieldset');
  return editor;
}

const picker = (editor: RoleEditor) => within<RolePicker>(editor, 'role-picker');

/** A role of the list, by its name. */
function roleItem(editor: RoleEditor, name: string): HTMLLIElement | null {
  return allWithin<HTMLLIElement>(editor, 'li[part~="role"]').find((li) => text(li.querySelector('h4')) === name) ?? null;
}

async function roleShown(editor: RoleEditor, name: string): Promise<HTMLLIElement> {
  await waitUntil(() => roleItem(editor, name), `no role named ${name}`, { timeout: 8000 });
  return roleItem(editor, name)!;
}

const buttonsOf = (item: Element) => [...item.querySelectorAll('button')].map(text);
const buttonIn = (item: Element, label: string) => [...item.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

/** A radio button or checkbox of the picker by the text of its label, as a person finds it. */
function control(p: RolePicker, label: string): HTMLInputElement {
  const found = allWithin<HTMLLabelElement>(p, 'label').find((l) => text(l) === label);
  if (!found) throw new Error(`no control labelled "${label}"`);
  return p.shadowRoot!.getElementById(found.htmlFor) as HTMLInputElement;
}

const dialog = (editor: RoleEditor) => editor.shadowRoot!.querySelector<HTMLDialogElement>('#role-dialog')!;
const dialogOpen = async (editor: RoleEditor) => {
  await waitUntil(() => dialog(editor).open, 'the dialog did not open', { timeout: 8000 });
  return dialog(editor);
};
const dialogClosed = (editor: RoleEditor) => waitUntil(() => !dialog(editor).open, 'the dialog did not close', { timeout: 8000 });
const said = (editor: RoleEditor) => textOf(editor, '[part="message"]');
const customRoles = async (f: RoleAdminFixture) => (await createFoyerApi({ server: f.api, getToken: () => f.owner.token }).roles.list.query({ workspace: f.workspace })).customRoles;

describe('role-editor', () => {
  it('builds a permission set with the picker, names it and saves it as a role of the workspace', async function () {
    this.timeout(30_000);
    const f = await roleAdminFixture();
    const editor = await editorOf(f, f.owner.token);
    await roleShown(editor, 'Spare desk');
    await expect(editor).to.be.accessible();

    // Start from a role of the template, then tick one more permission: the set becomes its own.
    control(picker(editor), 'Copywriter').click();
    control(picker(editor), 'Tags').click();
    await typeInto(within(editor, '#role-name'), 'Editors');
    await typeInto(within(editor, '#role-description'), 'Write emails and keep the tags.');
    within<HTMLInputElement>(editor, '#role-name').focus();
    await press('Enter');
    await waitUntil(() => said(editor).startsWith('The role “Editors” is saved.'), 'the save is announced', { timeout: 8000 });
    const item = await roleShown(editor, 'Editors');
    expect(text(item)).to.include('Nobody holds it.');
    expect(text(item)).to.include('Can: Create emails, Tags.');
    expect(buttonsOf(item)).to.deep.equal(['Edit', 'Delete']);
    // The form is empty again, for the next role.
    expect(within<HTMLInputElement>(editor, '#role-name').value).to.equal('');
    const saved = (await customRoles(f)).find((r) => r.name === 'Editors');
    expect(saved).to.include({ description: 'Write emails and keep the tags.' });
    expect(saved?.permissions).to.deep.equal(['emails.create', 'tags.manage']);
  });

  it('says what is missing instead of saving a role without a name or permissions', async () => {
    const f = await roleAdminFixture();
    const editor = await editorOf(f, f.owner.token);
    within<HTMLButtonElement>(editor, 'form.form button[type="submit"]').click();
    await shown(editor, '#role-name-error', 'Enter a name for the role.');
    expect(textOf(editor, '#role-permissions-error')).to.equal('Choose at least one permission for the role.');
    expect(deepActiveElement()?.id).to.equal('role-name');
    expect((await customRoles(f)).length).to.equal(3);
  });

  it('names who holds a role instead of offering Delete, and asks before changing it', async function () {
    this.timeout(30_000);
    const f = await roleAdminFixture();
    const editor = await editorOf(f, f.owner.token);
    const held = await roleShown(editor, 'Newsletter team');
    expect(text(held)).to.include(`Held by Mia Member (${f.mia.email}).`);
    expect(text(held)).to.include('It can be deleted once nobody holds it');
    expect(buttonsOf(held)).to.deep.equal(['Edit']);

    const edit = buttonIn(held, 'Edit');
    edit.focus();
    await press('Enter');
    await shown(editor, '#form-title', 'Edit the role “Newsletter team”');
    // The form holds the role as it is, and focus is on its name.
    expect(deepActiveElement()?.id).to.equal('role-name');
    expect(control(picker(editor), 'Send emails').checked).to.equal(true);
    expect(control(picker(editor), 'Tags').checked).to.equal(true);
    await retype(within<HTMLInputElement>(editor, '#role-name'), 'Newsletter crew');
    control(picker(editor), 'Tags').click();
    within<HTMLInputElement>(editor, '#role-name').focus();
    await press('Enter');

    const box = await dialogOpen(editor);
    expect(text(box.querySelector('h3'))).to.equal('Change the role “Newsletter team”?');
    expect(text(box)).to.include(`Held by Mia Member (${f.mia.email}). From their next request, they can do only what the role grants after this change.`);
    expect(text(deepActiveElement())).to.equal('Cancel');
    await expect(editor).to.be.accessible();
    [...box.querySelectorAll('button')].find((b) => text(b) === 'Save changes')!.click();
    await dialogClosed(editor);
    await waitUntil(() => said(editor) === 'The role “Newsletter crew” is saved.', 'the save is announced', { timeout: 8000 });
    const renamed = await roleShown(editor, 'Newsletter crew');
    expect(text(renamed)).to.include('Can: Create emails, Send emails.');
    // Focus is back on the button the edit came from.
    expect(deepActiveElement() === buttonIn(renamed, 'Edit'), 'focus is on the role’s Edit button').to.equal(true);
    expect(textOf(editor, '#form-title')).to.equal('Build a role');
    const saved = (await customRoles(f)).find((r) => r.name === 'Newsletter crew');
    expect(saved?.permissions).to.deep.equal(['emails.send']);
    expect(saved?.holders).to.equal(1);
  });

  it('deletes a role nobody holds only after saying what that does, and Escape keeps it', async function () {
    this.timeout(30_000);
    const f = await roleAdminFixture();
    const editor = await editorOf(f, f.owner.token);
    const spare = await roleShown(editor, 'Spare desk');
    const remove = buttonIn(spare, 'Delete');
    remove.focus();
    await press('Enter');
    let box = await dialogOpen(editor);
    expect(text(box.querySelector('h3'))).to.equal('Delete the role “Spare desk”?');
    expect(text(box.querySelector('#dialog-body'))).to.equal('Nobody holds it; it cannot be chosen again.');
    // The way out has focus: Enter never deletes by accident.
    expect(text(deepActiveElement())).to.equal('Keep role');
    await press('Escape');
    await dialogClosed(editor);
    expect(deepActiveElement() === remove, 'focus is back on Delete').to.equal(true);
    expect(roleItem(editor, 'Spare desk')).to.not.equal(null);

    await press('Enter');
    box = await dialogOpen(editor);
    await press('Tab');
    expect(text(deepActiveElement())).to.equal('Delete role');
    await press('Enter');
    await dialogClosed(editor);
    await waitUntil(() => said(editor) === 'The role “Spare desk” was deleted.', 'the deletion is announced', { timeout: 8000 });
    expect(roleItem(editor, 'Spare desk')).to.equal(null);
    expect(deepActiveElement()?.id).to.equal('role-list');
    expect((await customRoles(f)).map((r) => r.name)).to.deep.equal(['Newsletter team', 'Settings keeper']);
    await expect(editor).to.be.accessible();
  });

  it('offers a manager only what they hold: a role granting more offers no change', async function () {
    this.timeout(30_000);
    const f = await roleAdminFixture();
    const editor = await editorOf(f, f.manager.token);
    const settings = await roleShown(editor, 'Settings keeper');
    expect(text(settings)).to.include('You cannot change this role: it grants Other configuration, which you do not hold yourself.');
    expect(buttonsOf(settings)).to.deep.equal([]);
    expect(buttonsOf(await roleShown(editor, 'Spare desk'))).to.deep.equal(['Edit', 'Delete']);
    expect(control(picker(editor), 'Other configuration').disabled).to.equal(true);
    expect(control(picker(editor), 'Send emails').disabled).to.equal(false);
    await expect(editor).to.be.accessible();
  });

  it('tells a member who may not manage the team so, in a sentence', async () => {
    const f = await roleAdminFixture();
    const editor = await mount(f, f.mia.token);
    await shown(editor, '[role="alert"]', 'Your role in this workspace does not allow managing roles.');
    expect(textOf(editor)).to.not.include('Newsletter team');
    await expect(editor).to.be.accessible();
  });

  it('asks for a sign-in while nobody is signed in', async () => {
    const f = await roleAdminFixture();
    const editor = await mount(f, null);
    await signInPromptShown(editor, 'Sign in to manage the roles.');
    await expect(editor).to.be.accessible();
  });
});
