import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError, type FoyerApi } from '@foyer/client';
import {
  printShopBeyondSearchCountFixture,
  printShopCrowdFixture,
  printShopEmptyFixture,
  printShopFixture,
  type PrintShopCrowdFixture,
  type PrintShopFixture,
} from '../../test-support/fixtures.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, press, retype, typeInto } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { FoyerContactChangeEvent } from '../../events/foyer-contact-change-event.js';
import type { ContactsTable } from './contacts-table.js';
import './define.js';
import '../foyer-sign-in/define.js';
import { signInPromptShown, signInThroughPrompt, watchConsoleErrors } from '../../test-support/sign-in-prompt.js';

type Shop = PrintShopFixture | PrintShopCrowdFixture;

const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function ownerApi(f: Shop): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => f.owner.token });
}

interface Mounted {
  provider: FoyerProvider;
  table: ContactsTable;
  root: ShadowRoot;
  changes: Array<{ contactId: string; change: string }>;
}

async function mount(f: Shop, token: string | null = f.owner.token): Promise<Mounted> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
      <contacts-table search-delay="50"></contacts-table>
    </foyer-provider>
  `);
  provider.token = token;
  const table = provider.querySelector('contacts-table')!;
  const changes: Mounted['changes'] = [];
  table.addEventListener('foyer-contact-change', (event: FoyerContactChangeEvent) => {
    changes.push({ contactId: event.contactId, change: event.change });
  });
  return { provider, table, root: table.shadowRoot!, changes };
}

async function mountGrid(f: Shop): Promise<Mounted> {
  const mounted = await mount(f);
  await wait(() => rowsOf(mounted.root).length > 0, 'the grid shows its rows');
  return mounted;
}

function grid(root: ShadowRoot): HTMLElement {
  const found = root.querySelector<HTMLElement>('[role="grid"]');
  if (!found) throw new Error('no grid');
  return found;
}

/**
 * Records the files the table saves instead of letting the browser write them to the
 * machine's download folder: a save is the click on the backup's download link.
 */
function recordSaves(root: ShadowRoot): string[] {
  const saved: string[] = [];
  root.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
      if (!link) return;
      event.preventDefault();
      saved.push(link.download);
    },
    true,
  );
  return saved;
}

/** The rendered rows, in the order of their row index. */
function rowsOf(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

function names(root: ShadowRoot): string[] {
  return rowsOf(root).map((r) => text(r.querySelector('[role="rowheader"]')));
}

function rowOf(root: ShadowRoot, name: string): HTMLElement {
  const row = rowsOf(root).find((r) => text(r.querySelector('[role="rowheader"]')) === name);
  if (!row) throw new Error(`no row for ${name} among ${names(root).join(', ')}`);
  return row;
}

function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(text);
}

function header(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => text(h.querySelector('.label')) === label);
  if (!found) throw new Error(`no column ${label}`);
  return found;
}

/** The table's dialog: there from the first time one opened (its code is fetched then). */
function dialog(root: ShadowRoot): HTMLDialogElement | null {
  return root.querySelector<HTMLDialogElement>('dialog');
}

/** Waits for the dialog to be shown and to say what `shows` expects; the first one waits for its code. */
async function shownDialog(root: ShadowRoot, shows: (d: HTMLDialogElement) => unknown, message: string): Promise<HTMLDialogElement> {
  await wait(() => {
    const d = dialog(root);
    return d?.open && shows(d);
  }, message);
  return dialog(root)!;
}

function button(scope: ParentNode, label: string): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a[href]')];
  const found = all.find((b) => (b.getAttribute('aria-label') ?? text(b)) === label) ?? all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label} among ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`);
  return found;
}

async function openActions(m: Mounted, name: string): Promise<HTMLDialogElement> {
  button(rowOf(m.root, name), `Actions for ${name}`).click();
  return shownDialog(m.root, (shown) => text(shown.querySelector('h3')) === name, `the actions of ${name} open`);
}

function offered(d: HTMLDialogElement): string[] {
  return [...d.querySelectorAll('[part~="action"]')].map(text);
}

function announced(root: ShadowRoot): string {
  return text(root.querySelector('[part~="message"]'));
}

async function statusOf(f: Shop, contactId: string): Promise<string | null> {
  try {
    return (await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId })).status;
  } catch (error) {
    return describeError(error).code;
  }
}

/** Ctrl held down while pressing `key`. */
async function pressWithControl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

describe('contacts-table', () => {
  it('lists contacts by name in a grid that tells screen readers the total, each row’s index and the sort', async () => {
    const f = await printShopFixture();
    const { table, root } = await mountGrid(f);
    expect(names(root)).to.deep.equal(['Ada Lovelace', 'Brook Taylor', 'Charles Babbage', 'Dora Keen', 'Emmy Noether', 'Grace Hopper']);
    const g = grid(root);
    expect(g.getAttribute('aria-rowcount')).to.equal('7');
    expect(rowsOf(root).map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4', '5', '6', '7']);
    expect(header(root, 'Name').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(root, 'Email').hasAttribute('aria-sort')).to.equal(false);

    const ada = cells(rowOf(root, 'Ada Lovelace'));
    expect(ada.slice(1, 6)).to.deep.equal(['Ada Lovelace', f.contacts.ada.email, 'Analytical Engines', 'Active', 'Sent']);
    expect(ada[6]).to.match(/\d{4}/);
    expect(cells(rowOf(root, 'Dora Keen')).slice(3, 7)).to.deep.equal(['none', 'Unregistered', 'Not sent', 'Not accepted']);
    expect(cells(rowOf(root, 'Charles Babbage'))[4]).to.equal('Not active');
    expect(cells(rowOf(root, 'Emmy Noether'))[4]).to.equal('Deactivated');
    expect(text(root.querySelector('[part~="count"]'))).to.equal('6 contacts, 6 loaded');
    await expect(table).to.be.accessible();
  });

  it('sorts by every column with a click, and again the other way', async function () {
    this.timeout(30000);
    const f = await printShopFixture();
    const { root } = await mountGrid(f);
    header(root, 'Name').click();
    await wait(() => names(root)[0] === 'Grace Hopper', 'sorted by name, descending');
    expect(header(root, 'Name').getAttribute('aria-sort')).to.equal('descending');

    const api = ownerApi(f);
    for (const [label, column] of [
      ['Email', 'email'],
      ['Company', 'company'],
      ['Status', 'status'],
      ['Invitation', 'invitationSent'],
      ['Terms accepted', 'termsAcceptedAt'],
    ] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        header(root, label).click();
        const expected = (await api.contacts.list.query({ workspace: f.workspace, sort: { column, direction } })).rows.map((r) => r.name);
        await wait(
          () => header(root, label).getAttribute('aria-sort') === (direction === 'asc' ? 'ascending' : 'descending') && names(root).join() === expected.join(),
          `sorted by ${label} ${direction}`,
        );
      }
    }
    // Statuses in their lifecycle order, ascending: unregistered first.
    header(root, 'Status').click();
    await wait(() => header(root, 'Status').getAttribute('aria-sort') === 'ascending', 'status ascending');
    await wait(() => cells(rowsOf(root)[0]!)[4] === 'Unregistered', 'unregistered first');
  });

  it('filters by several statuses and by the invitation flag, and searches name, email and company', async function () {
    this.timeout(30000);
    const f = await printShopFixture();
    const { table, root } = await mountGrid(f);
    const status = (label: string) => [...root.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')].find((box) => text(box.parentElement) === label)!;

    status('Active').click();
    await wait(() => names(root).join() === 'Ada Lovelace,Brook Taylor', 'only active contacts');
    status('Deactivated').click();
    await wait(() => names(root).join() === 'Ada Lovelace,Brook Taylor,Emmy Noether', 'active and deactivated contacts');
    expect(grid(root).getAttribute('aria-rowcount')).to.equal('4');
    await wait(() => announced(root) === '3 contacts found.', 'the count is announced');

    status('Active').click();
    status('Deactivated').click();
    const invitation = root.querySelector<HTMLSelectElement>('#invitation')!;
    invitation.value = 'not-sent';
    invitation.dispatchEvent(new Event('change'));
    await wait(() => names(root).join() === 'Dora Keen', 'only the contact never invited');
    invitation.value = 'any';
    invitation.dispatchEvent(new Event('change'));
    await wait(() => names(root).length === 6, 'all contacts again');

    const search = root.querySelector<HTMLInputElement>('#search')!;
    await typeInto(search, 'engines');
    await wait(() => names(root).join() === 'Ada Lovelace', 'found by company');
    await retype(search, `grace-`);
    await wait(() => names(root).join() === 'Grace Hopper', 'found by email');
    // Typed quickly one after the other: only the last search's answer is shown.
    await retype(search, 'bab');
    await typeInto(search, 'b');
    await retype(search, 'noeth');
    await wait(() => names(root).join() === 'Emmy Noether', 'found by name');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names(root)).to.deep.equal(['Emmy Noether']);

    await retype(search, 'nobody-by-this-name');
    await wait(() => root.querySelector('[part~="empty"]'), 'the empty state shows');
    expect(text(root.querySelector('[part~="empty"]'))).to.equal('No contacts match this search and these filters.');
    await expect(table).to.be.accessible();
    button(root, 'Clear search and filters').click();
    await wait(() => names(root).length === 6, 'every contact again');
    expect(deepActiveElement()?.id).to.equal('search');
  });

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

  it('is used with the keyboard: arrows, Home and End move, Space selects, Enter sorts or opens the actions', async () => {
    const f = await printShopFixture();
    const m = await mountGrid(f);
    const g = grid(m.root);
    g.focus();
    const activeCell = () => m.root.getElementById(g.getAttribute('aria-activedescendant') ?? '');
    expect(text(activeCell())).to.equal('Ada Lovelace');
    await press('ArrowDown');
    expect(text(activeCell())).to.equal('Brook Taylor');
    await press('ArrowRight');
    expect(text(activeCell())).to.equal(f.contacts.brook.email);
    await press('End');
    expect(activeCell()?.querySelector('button')?.getAttribute('aria-label')).to.equal('Actions for Brook Taylor');
    await press('Home');
    expect(activeCell()?.querySelector('input[type="checkbox"]')).to.exist;
    await press('Space');
    await wait(() => rowOf(m.root, 'Brook Taylor').getAttribute('aria-selected') === 'true', 'Space selects the row');
    await press('Space');
    await wait(() => rowOf(m.root, 'Brook Taylor').getAttribute('aria-selected') === 'false', 'Space again unselects it');
    await pressWithControl('End');
    expect(activeCell()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('7');
    await pressWithControl('Home');
    expect(activeCell()?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('2');
    await expect(m.table).to.be.accessible();

    await press('Enter');
    const actions = await shownDialog(m.root, () => true, 'Enter opens the row’s actions');
    expect(text(actions.querySelector('h3'))).to.equal('Ada Lovelace');
    expect(actions.contains(deepActiveElement())).to.equal(true);
    await press('Escape');
    await wait(() => !dialog(m.root)!.open, 'Escape closes the dialog');
    expect(deepActiveElement()?.id).to.equal('grid');

    await press('ArrowUp');
    await press('ArrowRight');
    expect(activeCell()?.getAttribute('role')).to.equal('columnheader');
    expect(text(activeCell()?.querySelector('.label'))).to.equal('Name');
    await press('Enter');
    await wait(() => names(m.root)[0] === 'Grace Hopper', 'Enter on the header sorts');
    expect(header(m.root, 'Name').getAttribute('aria-sort')).to.equal('descending');
    await press('ArrowRight');
    await press('Space');
    await wait(() => header(m.root, 'Email').getAttribute('aria-sort') === 'ascending', 'Space on the header sorts');
    expect(deepActiveElement()?.id).to.equal('grid');
  });

  it('shows a name with markup as text, never as markup', async () => {
    const f = await printShopFixture();
    const name = '<img src=x onerror="window.__contactsPwned=1">Zed';
    await ownerApi(f).contacts.create.mutate({ workspace: f.workspace, name, email: `zed-${Date.now()}@example.com` });
    const m = await mountGrid(f);
    await typeInto(m.root.querySelector<HTMLInputElement>('#search')!, 'zed');
    await wait(() => names(m.root).join() === name, 'the contact is found');
    expect(m.root.querySelector('img')).to.equal(null);
    expect((window as { __contactsPwned?: number }).__contactsPwned).to.equal(undefined);
    await openActions(m, name);
    expect(m.root.querySelector('img')).to.equal(null);
  });

  it('asks for a sign-in, not an error, when nobody is signed in, and puts focus in the search once signed in there', async () => {
    const f = await printShopFixture();
    const watch = watchConsoleErrors();
    try {
      const provider = await fixture<FoyerProvider>(html`
        <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
          <contacts-table search-delay="50"><foyer-sign-in slot="sign-in"></foyer-sign-in></contacts-table>
        </foyer-provider>
      `);
      const table = provider.querySelector('contacts-table')!;
      const root = table.shadowRoot!;
      await signInPromptShown(table, 'Sign in as a member of the shop to see its contacts.');
      expect(root.querySelector('[role="grid"]')).to.equal(null);
      expect(root.querySelector('#add-contact'), 'no actions before a sign-in').to.equal(null);
      await expect(table).to.be.accessible();

      await signInThroughPrompt(table, f.owner);
      await wait(() => rowsOf(root).length > 0, 'the contacts load once signed in');
      await wait(() => deepActiveElement()?.id === 'search', 'focus moves to the search');
      expect(watch.errors, 'nothing logged as an error').to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('says so when the shop has no contacts yet', async () => {
    const f = await printShopEmptyFixture();
    const m = await mount(f);
    await wait(() => m.root.querySelector('[part~="empty"]'), 'the empty state shows');
    expect(text(m.root.querySelector('[part~="empty"]'))).to.equal('No contacts yet. A contact appears here as soon as it is added.');
    await expect(m.table).to.be.accessible();
  });

  it('keeps only the visible rows and a small overscan in the DOM while scrolling through pages of 5,000 contacts', async function () {
    this.timeout(30000);
    const f = await printShopCrowdFixture();
    const m = await mountGrid(f);
    const g = grid(m.root);
    expect(g.getAttribute('aria-rowcount')).to.equal(String(f.count + 1));
    const rowHeight = m.table.rowHeight;
    const head = g.querySelector<HTMLElement>('.head')!;
    const bound = Math.ceil((g.clientHeight - head.offsetHeight) / rowHeight) + 1 + 2 * 6;
    let most = 0;
    // Scrolls the way a wheel does, a screenful at a time, through four pages of 100.
    for (let step = 0; step < 60 && m.table.rows.length < 450; step++) {
      g.scrollTop += g.clientHeight;
      g.dispatchEvent(new Event('scroll'));
      await m.table.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
      most = Math.max(most, rowsOf(m.root).length);
      expect(rowsOf(m.root).length).to.be.at.most(bound);
    }
    expect(m.table.rows.length).to.be.at.least(400);
    expect(most).to.be.at.most(bound);
    // The rows shown are the ones at the scroll position, numbered by their place in all 5,000.
    const first = rowsOf(m.root)[0]!;
    const index = Number(first.getAttribute('aria-rowindex')) - 2;
    expect(text(first.querySelector('[role="rowheader"]'))).to.equal(`Contact ${String(index + 1).padStart(5, '0')}`);
    expect(index).to.be.greaterThan(300);

    // The keyboard reaches the end of what is loaded and pulls in the next page.
    g.focus();
    const loaded = m.table.rows.length;
    await pressWithControl('End');
    await wait(() => m.table.rows.length > loaded, 'the next page loads at the end');
    expect(rowsOf(m.root).length).to.be.at.most(bound);
    await expect(m.table).to.be.accessible();
  });

  it('says "more than" and gives screen readers no row count when a search matches more contacts than the server counts', async function () {
    this.timeout(30000);
    const f = await printShopBeyondSearchCountFixture();
    const m = await mountGrid(f);
    const count = () => text(m.root.querySelector('[part~="count"]'));
    await wait(() => count().startsWith('10,020 contacts'), 'the exact count without a search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('10021');
    await typeInto(m.root.querySelector<HTMLInputElement>('#search')!, '@example.com');
    await wait(() => count().startsWith('More than 10,000 contacts'), 'a capped count for the search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('-1');
    await retype(m.root.querySelector<HTMLInputElement>('#search')!, 'contact-0999');
    await wait(() => count().startsWith('10 contacts'), 'an exact count for a narrow search');
    expect(grid(m.root).getAttribute('aria-rowcount')).to.equal('11');
  });
});
