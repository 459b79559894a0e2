import { expect } from '@open-wc/testing';
import { printShopFixture } from '../../test-support/fixtures.js';
import { deepActiveElement, retype, typeInto } from '../../test-support/interaction.js';
import { wait, text, ownerApi, mountGrid, grid, names, rowOf, cells, dialog, shownDialog, button, openActions, announced, statusOf } from '../../test-support/contacts-table.js';

describe('contacts-table adding, editing and deleting contacts', () => {
  it('adds a contact; the server’s problem with a field shows at that field, which takes focus, and nothing is added', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const add = m.root.querySelector<HTMLButtonElement>('#add-contact')!;
    add.click();
    const d = await shownDialog(m.root, (shown) => text(shown.querySelector('h3')) === 'Add a contact', 'the form opens');
    expect(deepActiveElement()?.id).to.equal('contact-name');
    await expect(m.table).to.be.accessible();
    const field = (name: string) => d.querySelector<HTMLInputElement>(`#contact-${name}`)!;

    await typeInto(field('name'), 'Hedy Lamarr');
    await typeInto(field('email'), f.contacts.ada.email.toUpperCase());
    button(d, 'Add contact').click();
    await wait(() => field('email').getAttribute('aria-invalid') === 'true', 'the email is marked');
    expect(text(d.querySelector('#contact-email-error'))).to.equal('Another contact of this workspace already has this email address.');
    expect(field('email').getAttribute('aria-describedby')).to.equal('contact-email-error');
    await wait(() => deepActiveElement()?.id === 'contact-email', 'the email field takes focus');

    await retype(field('email'), 'not an email');
    button(d, 'Add contact').click();
    await wait(() => text(d.querySelector('#contact-email-error')) === 'Must be a valid email address.', 'the malformed email is named');
    expect((await ownerApi(f).contacts.list.query({ workspace: f.workspace })).total).to.equal(6);

    const email = `hedy-${Date.now().toString(36)}@example.com`;
    await retype(field('email'), email);
    await typeInto(field('company'), 'Frequency <b>Hopping</b>');
    button(d, 'Add contact').click();
    await wait(() => !d.open, 'the form closes');
    await wait(() => names(m.root).includes('Hedy Lamarr'), 'the new contact is listed');
    expect(cells(rowOf(m.root, 'Hedy Lamarr')).slice(2, 5)).to.deep.equal([email, 'Frequency <b>Hopping</b>', 'Unregistered']);
    expect(announced(m.root)).to.equal('Hedy Lamarr was added as Unregistered. Send an activation request so they can sign in.');
    expect(deepActiveElement()).to.equal(add);
    const added = m.changes.find((c) => c.change === 'added')!;
    expect(await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId: added.contactId })).to.include({
      name: 'Hedy Lamarr',
      email,
      company: 'Frequency <b>Hopping</b>',
      status: 'unregistered',
      invitationSent: false,
    });
  });

  it('edits a contact’s name, email and company from its actions; an emptied company is cleared', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const d = await openActions(m, 'Emmy Noether');
    expect(text(deepActiveElement())).to.equal('Edit details');
    button(d, 'Edit details').click();
    await wait(() => text(d.querySelector('h3')) === 'Edit “Emmy Noether”', 'the form opens');
    const field = (name: string) => d.querySelector<HTMLInputElement>(`#contact-${name}`)!;
    expect([field('name').value, field('email').value, field('company').value]).to.deep.equal(['Emmy Noether', f.contacts.emmy.email, 'Rings GmbH']);
    expect(deepActiveElement()?.id).to.equal('contact-name');
    await expect(m.table).to.be.accessible();

    await retype(field('name'), 'Emmy Noether-Weyl');
    await retype(field('company'), '');
    button(d, 'Save').click();
    await wait(() => names(m.root).includes('Emmy Noether-Weyl'), 'the row shows the new name');
    expect(d.open).to.equal(false);
    expect(cells(rowOf(m.root, 'Emmy Noether-Weyl'))[3]).to.equal('none');
    expect(announced(m.root)).to.equal('The details of Emmy Noether-Weyl were saved.');
    expect(m.changes).to.deep.equal([{ contactId: f.contacts.emmy.id, change: 'edited' }]);
    expect(await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId: f.contacts.emmy.id })).to.include({
      name: 'Emmy Noether-Weyl',
      company: null,
      status: 'deactivated',
    });
  });

  it('asks before deleting a contact and says how many jobs go with it; Cancel changes nothing and returns focus', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    let d = await openActions(m, 'Ada Lovelace');
    button(d, 'Delete contact').click();
    await wait(() => text(d.querySelector('#dialog-body')).includes('2 jobs'), 'the confirmation names the jobs');
    expect(text(d.querySelector('h3'))).to.equal('Delete “Ada Lovelace”?');
    expect(text(d.querySelector('#dialog-body'))).to.equal('The contact is deleted with its login and its 2 jobs (New, Incoming or Completed). This cannot be undone.');
    await expect(m.table).to.be.accessible();
    button(d, 'Cancel').click();
    await wait(() => !dialog(m.root)!.open, 'the dialog closes');
    expect(deepActiveElement()?.id).to.equal('grid');
    expect(await statusOf(f, f.contacts.ada.id)).to.equal('active');

    d = await openActions(m, 'Ada Lovelace');
    button(d, 'Delete contact').click();
    await wait(() => d.querySelector('button.danger'), 'the delete button shows');
    button(d, 'Delete contact').click();
    await wait(() => !names(m.root).includes('Ada Lovelace'), 'the row is gone');
    expect(announced(m.root)).to.equal('Ada Lovelace was deleted with 2 jobs.');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('6');
    expect(await statusOf(f, f.contacts.ada.id)).to.equal('CONTACT_NOT_FOUND');
    expect(m.changes).to.deep.equal([{ contactId: f.contacts.ada.id, change: 'deleted' }]);
  });

  it('names the jobs in processing that keep a contact from being deleted, and offers no delete', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const d = await openActions(m, 'Brook Taylor');
    button(d, 'Delete contact').click();
    await wait(() => text(d.querySelector('h3')) === '“Brook Taylor” cannot be deleted', 'the refusal shows');
    expect(text(d.querySelector('[part~="blocking-jobs"]'))).to.equal('Wedding invitations (Printing)');
    expect(d.querySelector('button.danger')).to.equal(null);
    await expect(m.table).to.be.accessible();
    button(d, 'Close').click();
    expect(await statusOf(f, f.contacts.brook.id)).to.equal('active');
  });
});
