import { expect } from '@open-wc/testing';
import { photographerFixture } from '../../test-support/fixtures.js';
import { announced, control, field, mount, openAccess, ownerApi, text, typeInto, wait } from '../../test-support/access-manager.js';

const facts = (root: ShadowRoot) => [...root.querySelectorAll('[part~="facts"] > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);

describe('client-access-manager mail to the client', () => {
  it('the owner has the client told of every new gallery, and reminded five days before the access expires', async () => {
    const f = await photographerFixture();
    const { el, root } = await mount(f);
    await wait(() => root.querySelector('table'), 'the list of accesses shows');
    await openAccess(root, 'Landscapes');
    expect(facts(root)).to.include('Mail when a gallery is added: Ask me each time');
    control(root, 'Edit').click();
    await wait(() => root.querySelector('#access-gallery-mail'), 'the form opens');
    const mail = root.querySelector<HTMLSelectElement>('#access-gallery-mail')!;
    mail.value = 'always';
    const expires = field(root, 'Expires on') as HTMLInputElement;
    expires.value = '2031-06-30';
    await typeInto(field(root, 'Remind the client before the access expires'), '5');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await wait(() => facts(root).includes('Mail when a gallery is added: Always'), 'the access says it always tells');
    expect(facts(root)).to.include('Expiry reminder: 5 days before');
    const { access } = await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.landscapes.id });
    expect(access).to.include({ galleryMail: 'always', expiryReminderDays: 5 });
  });

  it('asks, as galleries are added, whether to tell the client, and says the mail went', async () => {
    const f = await photographerFixture();
    const { root } = await mount(f);
    await wait(() => root.querySelector('table'), 'the list of accesses shows');
    await openAccess(root, 'Wedding');
    control(root, 'Add or remove galleries').click();
    await wait(() => root.querySelector('#notify-client'), 'the chooser offers to tell the client');
    expect(text(root.querySelector('label[for="notify-client"]'))).to.equal('Tell Wedding by email about the galleries added');
    (field(root, 'Portfolio') as HTMLInputElement).click();
    root.querySelector<HTMLInputElement>('#notify-client')!.click();
    control(root, 'Save galleries').click();
    await wait(() => announced(root).includes('was told by email'), 'the element says the client was told');
    expect(announced(root)).to.equal('Galleries saved: 1 added, 0 removed. Wedding was told by email (wedding@example.com).');
    const outbox = await ownerApi(f).outbox.list.query({ workspace: f.workspace });
    const told = outbox.filter((m) => m.to === 'wedding@example.com');
    expect(told.map((m) => m.subject)).to.deep.equal(['A new gallery from Studio Lindqvist: Portfolio']);

    // Without the box ticked, nothing goes.
    control(root, 'Add or remove galleries').click();
    await wait(() => root.querySelector('#notify-client'), 'the chooser opens again');
    (field(root, 'Private') as HTMLInputElement).click();
    control(root, 'Save galleries').click();
    await wait(() => announced(root) === 'Galleries saved: 1 added, 0 removed.', 'saved without telling');
    expect((await ownerApi(f).outbox.list.query({ workspace: f.workspace })).filter((m) => m.to === 'wedding@example.com')).to.have.length(1);
  });
});
