import { expect } from '@open-wc/testing';
import { printShopFixture } from '../../test-support/fixtures.js';
import { deepActiveElement } from '../../test-support/interaction.js';
import {
  wait,
  text,
  ownerApi,
  mount,
  mountGrid,
  recordSaves,
  rowsOf,
  rowOf,
  cells,
  dialog,
  shownDialog,
  button,
  openActions,
  offered,
  announced,
  statusOf,
} from '../../test-support/contacts-table.js';

describe('contacts-table’s actions on contacts', () => {
  it('offers on each row exactly the actions the server allows in its status', async function () {
    this.timeout(30000);
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const { rows } = await ownerApi(f).contacts.list.query({ workspace: f.workspace });
    const labels: Record<string, string> = {
      'send-activation': 'Send activation request',
      activate: 'Activate',
      backup: 'Back up user data',
      deactivate: 'Deactivate',
      'delete-identities': 'Delete identities',
      delete: 'Delete contact',
    };
    for (const row of rows) {
      const d = await openActions(m, row.name);
      // The owner may edit every contact's details, whatever its status.
      expect([...offered(d)].sort()).to.deep.equal(['Edit details', ...row.actions.map((a) => labels[a])].sort());
      await expect(m.table).to.be.accessible();
      button(d, 'Close').click();
      await wait(() => !dialog(m.root)!.open, 'the dialog closes');
    }
    // Active: delete identities and deactivate; never activate or an activation request.
    const ada = await openActions(m, 'Ada Lovelace');
    expect(offered(ada)).to.include.members(['Delete identities', 'Deactivate']);
    expect(offered(ada)).to.not.include.members(['Activate', 'Send activation request']);
  });

  it('offers a member whose role only looks contacts up neither adding, editing nor any action', async () => {
    const f = await printShopFixture();
    const m = await mount(f, f.operator.token);
    await wait(() => rowsOf(m.root).length > 0, 'the grid shows its rows');
    expect(m.root.querySelector('#add-contact')).to.equal(null);
    const d = await openActions(m, 'Ada Lovelace');
    expect(offered(d)).to.deep.equal([]);
    expect(text(d.querySelector('[part~="empty"]'))).to.equal('Nothing can be done with this contact: neither its status nor your role allows an action.');
    await expect(m.table).to.be.accessible();
  });

  it('deletes a contact’s identities after saying what happens: the contact stays, unregistered', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const d = await openActions(m, 'Ada Lovelace');
    button(d, 'Delete identities').click();
    await wait(() => text(d.querySelector('h3')) === 'Delete the login identities of “Ada Lovelace”?', 'the confirmation shows');
    expect(text(d.querySelector('#dialog-body'))).to.include('its status becomes Unregistered');
    expect(text(deepActiveElement())).to.equal('Cancel');
    button(d, 'Delete identities').click();
    await wait(() => cells(rowOf(m.root, 'Ada Lovelace'))[4] === 'Unregistered', 'the row says Unregistered');
    expect(await statusOf(f, f.contacts.ada.id)).to.equal('unregistered');
    expect(m.changes).to.deep.equal([{ contactId: f.contacts.ada.id, change: 'identities-deleted' }]);
  });

  it('deactivates an active contact after saying what happens, and activates one that is not active', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    let d = await openActions(m, 'Brook Taylor');
    button(d, 'Deactivate').click();
    await wait(() => text(d.querySelector('h3')) === 'Deactivate “Brook Taylor”?', 'the confirmation shows');
    // Neither can be undone, and each says so before it happens; the single contact's wording is its own.
    expect(text(d.querySelector('#dialog-body'))).to.include('Brook Taylor is signed out at once');
    expect(text(d.querySelector('#dialog-body'))).to.include('This cannot be undone');
    d.querySelector<HTMLButtonElement>('button.danger')!.click();
    await wait(() => cells(rowOf(m.root, 'Brook Taylor'))[4] === 'Deactivated', 'the row says Deactivated');
    expect(announced(m.root)).to.equal('Brook Taylor was deactivated and signed out.');
    expect(await statusOf(f, f.contacts.brook.id)).to.equal('deactivated');

    d = await openActions(m, 'Charles Babbage');
    button(d, 'Activate').click();
    await wait(() => text(d.querySelector('h3')) === 'Activate “Charles Babbage”?', 'the confirmation shows');
    expect(text(d.querySelector('#dialog-body'))).to.include('This cannot be undone');
    expect(await statusOf(f, f.contacts.charles.id), 'nothing changes before the confirmation').to.not.equal('active');
    await expect(m.table).to.be.accessible();
    d.querySelector<HTMLButtonElement>('button.danger')!.click();
    await wait(() => cells(rowOf(m.root, 'Charles Babbage'))[4] === 'Active', 'the row says Active');
    expect(await statusOf(f, f.contacts.charles.id)).to.equal('active');
    expect(m.changes.map((c) => c.change)).to.deep.equal(['deactivated', 'activated']);
  });

  it('sends activation requests to the selected contacts through the mail program, listing each refusal', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    for (const name of ['Dora Keen', 'Grace Hopper', 'Ada Lovelace']) rowOf(m.root, name).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await wait(() => text(m.root.querySelector('[part~="bulk-bar"]')).includes('3 selected'), 'the bulk bar counts the selection');
    expect(rowOf(m.root, 'Dora Keen').getAttribute('aria-selected')).to.equal('true');
    button(m.root, 'Send activation requests').click();
    const d = await shownDialog(m.root, (shown) => text(shown.querySelector('h3')) === 'Send activation requests to 3 contacts?', 'the dialog asks how');
    button(d, 'Open in my mail program').click();
    await wait(() => d.querySelector('[part~="results"]'), 'the results show');
    const line = (id: string) => d.querySelector<HTMLElement>(`[data-contact-id="${id}"]`)!;
    const link = line(f.contacts.dora.id).querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(text(link)).to.equal('Open the message to Dora Keen');
    expect(decodeURIComponent(link.href)).to.match(/token=[A-Za-z0-9_-]{20,}/);
    expect(line(f.contacts.grace.id).querySelector('a[href^="mailto:"]')).to.exist;
    expect(line(f.contacts.ada.id).dataset.outcome).to.equal('refused');
    expect(text(line(f.contacts.ada.id))).to.include('Refused:');
    expect(deepActiveElement()?.getAttribute('href')).to.equal(link.getAttribute('href'));
    await expect(m.table).to.be.accessible();
    button(d, 'Close').click();
    await wait(() => cells(rowOf(m.root, 'Dora Keen'))[5] === 'Sent', 'Dora’s invitation flag is set');
    expect(m.root.querySelector('[part~="bulk-bar"]')).to.equal(null);
  });

  it('sends an activation request from the server and says whether it went out', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const d = await openActions(m, 'Dora Keen');
    button(d, 'Send activation request').click();
    await wait(() => text(d.querySelector('h3')) === 'Send an activation request to “Dora Keen”?', 'the dialog asks how');
    button(d, 'Send from the server').click();
    await wait(() => d.querySelector('[part~="results"]'), 'the result shows');
    expect(text(d.querySelector(`[data-contact-id="${f.contacts.dora.id}"]`))).to.match(/^Dora Keen (Sent\.|Kept in the outbox: no mail server is configured\.)$/);
    const outbox = await ownerApi(f).outbox.list.query({ workspace: f.workspace });
    expect(outbox.some((message) => message.to === f.contacts.dora.email)).to.equal(true);
  });

  it('deactivates the selected contacts in bulk, with each contact’s result', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    m.root.querySelector<HTMLInputElement>('[role="columnheader"] input[type="checkbox"]')!.click();
    await wait(() => text(m.root.querySelector('[part~="bulk-bar"]')).includes('6 selected'), 'every loaded contact is selected');
    button(m.root, 'Deactivate').click();
    const d = await shownDialog(m.root, (shown) => text(shown.querySelector('h3')) === 'Deactivate 6 contacts?', 'the confirmation shows');
    d.querySelector<HTMLButtonElement>('button.danger')!.click();
    await wait(() => d.querySelector('[part~="results"]'), 'the results show');
    expect(text(d.querySelector('#dialog-body'))).to.equal('Deactivated: 2. Refused: 4.');
    const outcomes = [...d.querySelectorAll<HTMLElement>('[part~="results"] li')].map((li) => `${text(li.querySelector('.result-name'))}: ${li.dataset.outcome}`);
    expect(outcomes).to.have.members([
      'Ada Lovelace: deactivated',
      'Brook Taylor: deactivated',
      'Charles Babbage: refused',
      'Dora Keen: refused',
      'Emmy Noether: refused',
      'Grace Hopper: refused',
    ]);
    button(d, 'Close').click();
    await wait(() => !d.open, 'the dialog closes');
    expect(deepActiveElement()?.id).to.equal('grid');
    expect(await statusOf(f, f.contacts.ada.id)).to.equal('deactivated');
    expect(await statusOf(f, f.contacts.charles.id)).to.equal('not-active');
  });

  it('backs up a contact’s data with the download’s progress, saved under the contact’s name', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const saved = recordSaves(m.root);
    const d = await openActions(m, 'Ada Lovelace');
    button(d, 'Back up user data').click();
    await wait(() => m.root.querySelector('[part~="backup"]'), 'the backup shows');
    await wait(() => saved.length > 0, 'the backup is saved');
    expect(saved).to.deep.equal(['Ada Lovelace.zip']);
    const file = m.root.querySelector<HTMLAnchorElement>('#backup-file')!;
    expect(file.download).to.equal('Ada Lovelace.zip');
    expect(text(m.root.querySelector('[part~="backup"] p'))).to.match(/^Ada Lovelace\.zip saved \([\d.,]+ (bytes|KB|MB)\)\.$/);
    const bytes = new Uint8Array(await (await fetch(file.href)).arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).to.equal('PK');
    await expect(m.table).to.be.accessible();
  });

  it('shows the download’s progress while the backup streams', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    recordSaves(m.root);
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const bar = m.root.querySelector('progress');
      if (bar) seen.push(bar.getAttribute('aria-valuetext') ?? '');
    });
    observer.observe(m.root, { subtree: true, childList: true, attributes: true });
    const d = await openActions(m, 'Ada Lovelace');
    button(d, 'Back up user data').click();
    await wait(() => m.root.querySelector('#backup-file'), 'the backup is saved');
    observer.disconnect();
    expect(seen.length).to.be.greaterThan(0);
    expect(seen.at(-1)).to.match(/\b(received|of)\b/);
  });
});
