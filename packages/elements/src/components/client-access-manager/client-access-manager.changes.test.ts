import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { photographerFixture } from '../../test-support/fixtures.js';
import { wait, text, control, field, typeInto, mountList, ownerApi, signInRefusal, rowOf, openAccess, reachOf, announced } from '../../test-support/access-manager.js';

describe('client-access-manager changing an access', () => {
  it('adding Landscapes to an access makes it appear in its reach; removing Ceremony takes it out', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    await openAccess(root, 'Explicit');
    control(root, 'Add or remove galleries').click();
    await wait(() => root.querySelector(`input[name="galleryIds"][value="${f.galleries.landscapes}"]`), 'the chooser shows the tree');

    const checkbox = (id: string) => root.querySelector<HTMLInputElement>(`input[name="galleryIds"][value="${id}"]`)!;
    const item = (id: string) => checkbox(id).closest('li')!;
    // The tree: Landscapes sits inside Portfolio; the marks are words, not colours.
    expect(item(f.galleries.portfolio).contains(checkbox(f.galleries.landscapes))).to.equal(true);
    expect(text(item(f.galleries.wedding).querySelector('.gallery-facts'))).to.include('navigation on');
    expect(text(item(f.galleries.portfolio).querySelector('.gallery-facts'))).to.not.include('navigation on');
    expect(text(item(f.galleries.reception).querySelector('.gallery-facts'))).to.include('password');
    expect(text(item(f.galleries.private).querySelector('.gallery-facts'))).to.include('password');
    expect(checkbox(f.galleries.ceremony).checked).to.equal(true);
    expect(checkbox(f.galleries.landscapes).checked).to.equal(false);
    await expect(el).to.be.accessible();

    checkbox(f.galleries.landscapes).focus();
    await sendKeys({ press: 'Space' });
    control(root, 'Save galleries').click();
    await wait(() => reachOf(root).includes('Portfolio / Landscapes: added by hand'), 'Landscapes is in the reach');
    expect(announced(root)).to.equal('Galleries saved: 1 added, 0 removed.');
    let detail = await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.explicit.id });
    expect(detail.reach.map((r) => r.title)).to.have.members(['Ceremony', 'Landscapes']);

    control(root, 'Add or remove galleries').click();
    await wait(() => checkbox(f.galleries.ceremony), 'the chooser opens again');
    checkbox(f.galleries.ceremony).click();
    control(root, 'Save galleries').click();
    await wait(() => reachOf(root).length === 1, 'Ceremony left the reach');
    expect(reachOf(root)).to.deep.equal(['Portfolio / Landscapes: added by hand']);
    detail = await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.explicit.id });
    expect(detail.reach.map((r) => r.title)).to.deep.equal(['Landscapes']);
    expect(changes.filter((c) => c.change === 'galleries-changed')).to.have.length(2);
  });

  it('disabling asks nothing: the status becomes disabled and the code stops working', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    await openAccess(root, 'Wedding');
    control(root, 'Disable').click();
    await wait(() => text(root.querySelector('.detail [part~="status"]')) === 'Disabled', 'the status says disabled');
    expect(root.querySelector<HTMLDialogElement>('#confirm-dialog')!.open).to.equal(false);
    expect(announced(root)).to.equal('“Wedding” is disabled: its code no longer works.');
    expect(changes).to.deep.equal([{ accessId: f.accesses.wedding.id, change: 'disabled' }]);
    const listed = (await ownerApi(f).accesses.list.query({ workspace: f.workspace })).find((a) => a.id === f.accesses.wedding.id);
    expect(listed?.status).to.equal('disabled');
    expect(await signInRefusal(f, f.accesses.wedding.code)).to.equal('INVALID_CODE');
    await expect(el).to.be.accessible();

    control(root, 'Enable').click();
    await wait(() => text(root.querySelector('.detail [part~="status"]')) === 'Active', 'the status says active');
    expect(await signInRefusal(f, f.accesses.wedding.code)).to.equal(null);
  });

  it('rotating asks first, then shows a new code; the old one stops working', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    await openAccess(root, 'Landscapes');
    const dialog = root.querySelector<HTMLDialogElement>('#confirm-dialog')!;

    const rotate = control(root, 'Rotate code');
    rotate.click();
    await wait(() => dialog.open, 'the dialog opens');
    expect(text(dialog)).to.include('The old code stops working at once, and every client signed in with it is signed out.');
    expect(dialog.contains(root.activeElement)).to.equal(true);
    await expect(el).to.be.accessible();

    // Escape leaves everything as it was.
    await sendKeys({ press: 'Escape' });
    await wait(() => !dialog.open, 'the dialog closes');
    await wait(() => root.activeElement === rotate, 'focus returns to the button');
    expect(await signInRefusal(f, f.accesses.landscapes.code)).to.equal(null);
    expect(changes).to.deep.equal([]);

    rotate.click();
    await wait(() => dialog.open, 'the dialog opens again');
    control(dialog, 'Rotate code').click();
    await wait(() => root.querySelector('[part~="code"]'), 'the new code is shown');
    expect(dialog.open).to.equal(false);
    const fresh = text(root.querySelector('[part~="code"]'));
    expect(fresh).to.not.equal(f.accesses.landscapes.code);
    expect(changes).to.deep.equal([{ accessId: f.accesses.landscapes.id, change: 'code-rotated' }]);
    expect(await signInRefusal(f, f.accesses.landscapes.code)).to.equal('INVALID_CODE');
    expect(await signInRefusal(f, fresh)).to.equal(null);
  });

  it('rotating to a code another access uses says so in the dialog and keeps the old code', async () => {
    const f = await photographerFixture();
    const { el, root } = await mountList(f);
    await openAccess(root, 'Landscapes');
    const dialog = root.querySelector<HTMLDialogElement>('#confirm-dialog')!;
    control(root, 'Rotate code').click();
    await wait(() => dialog.open, 'the dialog opens');
    await typeInto(field(root, 'New code'), f.accesses.wedding.code);
    await sendKeys({ press: 'Enter' });
    await wait(() => root.querySelector('#rotate-code-error'), 'the problem shows');
    expect(text(root.querySelector('#rotate-code-error'))).to.equal('Another client access in this workspace already uses this code. Choose another one.');
    expect(dialog.open).to.equal(true);
    await expect(el).to.be.accessible();
    expect(await signInRefusal(f, f.accesses.landscapes.code)).to.equal(null);
  });

  it('delete asks first, says it cannot be undone, then removes the access', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    await openAccess(root, 'Explicit');
    const dialog = root.querySelector<HTMLDialogElement>('#confirm-dialog')!;
    control(root, 'Delete').click();
    await wait(() => dialog.open, 'the dialog opens');
    expect(text(dialog)).to.include('This cannot be undone.');
    expect(root.activeElement).to.equal(control(dialog, 'Cancel'));
    await expect(el).to.be.accessible();

    control(dialog, 'Cancel').click();
    await wait(() => !dialog.open, 'the dialog closes');
    expect((await ownerApi(f).accesses.list.query({ workspace: f.workspace })).map((a) => a.name)).to.include('Explicit');

    control(root, 'Delete').click();
    await wait(() => dialog.open, 'the dialog opens again');
    control(dialog, 'Delete access').click();
    await wait(() => root.querySelector('table'), 'the list is back');
    expect([...root.querySelectorAll('tbody th')].map(text)).to.deep.equal(['Disabled', 'Landscapes', 'Wedding']);
    expect(announced(root)).to.equal('Client access “Explicit” deleted.');
    expect(changes).to.deep.equal([{ accessId: f.accesses.explicit.id, change: 'deleted' }]);
    expect((await ownerApi(f).accesses.list.query({ workspace: f.workspace })).map((a) => a.name)).to.not.include('Explicit');
    expect(await signInRefusal(f, f.accesses.explicit.code)).to.equal('INVALID_CODE');
  });

  it('editing changes the access on the server, and a narrower scope narrows its reach', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    await openAccess(root, 'Wedding');
    control(root, 'Edit').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    expect(field(root, 'Name').value).to.equal('Wedding');
    expect(field(root, 'Email').value).to.equal('wedding@example.com');
    await expect(el).to.be.accessible();

    const name = field(root, 'Name');
    name.focus();
    name.select();
    await sendKeys({ type: 'Wedding of Anna' });
    await typeInto(field(root, 'Internal note'), 'Album due in May');
    root.querySelector<HTMLInputElement>('input[name="scope"][value="explicit"]')!.click();
    control(root, 'Save changes').click();
    await wait(() => text(root.querySelector('#detail-heading')) === 'Wedding of Anna', 'the detail shows the new name');
    await wait(() => reachOf(root).length === 1, 'the reach narrows');
    expect(reachOf(root)).to.deep.equal(['Wedding: added by hand']);
    const access = (await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.wedding.id })).access;
    expect(access).to.include({ name: 'Wedding of Anna', note: 'Album due in May', scope: 'explicit', email: 'wedding@example.com' });
    expect(changes).to.deep.equal([{ accessId: f.accesses.wedding.id, change: 'updated' }]);
  });

  it('an expiry date in the past makes the access expired, in words, and its code stops working', async () => {
    const f = await photographerFixture();
    const { root } = await mountList(f);
    await openAccess(root, 'Landscapes');
    control(root, 'Edit').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    const expires = field(root, 'Expires on') as HTMLInputElement;
    await typeInto(expires, '01022020');
    expect(expires.value).to.equal('2020-01-02');
    control(root, 'Save changes').click();
    await wait(() => text(root.querySelector('.detail [part~="status"]')) === 'Expired', 'the status says expired');
    expect(text(root.querySelector('.detail'))).to.include('The code no longer works: the expiry date has passed.');
    const access = (await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.landscapes.id })).access;
    expect(access.status).to.equal('expired');
    expect(new Date(access.expiresAt!).getDate()).to.equal(2);
    expect(await signInRefusal(f, f.accesses.landscapes.code)).to.equal('INVALID_CODE');

    control(root, 'All client accesses').click();
    await wait(() => root.querySelector('table'), 'the list is back');
    expect(text(rowOf(root, 'Landscapes').querySelector('[part~="status"]'))).to.equal('Expired');
  });
});
