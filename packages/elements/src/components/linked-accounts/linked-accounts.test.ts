import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi, describeError } from '@foyer/client';
import type { FoyerAccountOpenEvent } from '../../events/foyer-account-open-event.js';
import { mailedMasterToken, masterLinkedFixture, type MasterLinkedFixture } from '../../test-support/master-fixtures.js';
import { allWithin, deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { totp } from '../../test-support/totp.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { LinkedAccounts } from './linked-accounts.js';
import './define.js';

async function mount(f: MasterLinkedFixture, workspaces: string[] = [f.workspace]) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none" .token=${f.owner.token}>
      ${workspaces.map((w) => html`<linked-accounts workspace=${w}></linked-accounts>`)}
    </foyer-provider>
  `);
  const elements = [...provider.querySelectorAll('linked-accounts')];
  for (const el of elements) await shown(el, '[part="list"]');
  return { provider, accounts: elements[0]!, elements };
}

/** The linked accounts as a person reads them: name, nickname, then the row's two buttons. */
function rows(el: LinkedAccounts): string[][] {
  return allWithin(el, '[part="list"] tbody tr').map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 2).map((cell) => cell.textContent!.trim()));
}

const pendingHandles = (el: LinkedAccounts) => allWithin(el, '[part~="pending-row"]').map((tr) => tr.dataset.handle);
const rowButton = (el: LinkedAccounts, handle: string, action: 'open' | 'remove') => within<HTMLButtonElement>(el, `tr[data-handle="${handle}"] button[data-action="${action}"]`);

/** Opens "Add account" from the keyboard and types the account's sign-in. */
async function addAccount(el: LinkedAccounts, nickname: string, password: string) {
  within(el, '#add-account').focus();
  await press('Enter');
  await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'nickname', 'focus moves to the nickname');
  await sendKeys({ type: nickname });
  await press('Tab');
  await sendKeys({ type: password });
  await press('Enter');
}

const ownerApi = (f: MasterLinkedFixture) => createFoyerApi({ server: f.api, getToken: () => f.owner.token });

describe('linked-accounts', () => {
  it('lists the linked accounts with name, nickname and the day each was linked', async () => {
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    expect(rows(accounts)).to.deep.equal(f.linked.map((a) => [a.name, a.handle]));
    const today = new Date().toLocaleDateString(navigator.language, { dateStyle: 'medium' });
    expect(textOf(accounts, `tr[data-handle="${f.linked[0]!.handle}"] td[data-label="Linked since"]`)).to.equal(today);
    expect(rowButton(accounts, f.linked[0]!.handle, 'open').getAttribute('aria-label')).to.equal('Open Apex Apps');
    expect(rowButton(accounts, f.linked[0]!.handle, 'remove').getAttribute('aria-label')).to.equal('Remove Apex Apps');
    await expect(accounts).to.be.accessible();
  });

  it('Open fires foyer-account-open with the account’s handle and leaves opening it to the page', async () => {
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    const opened = oneEvent(accounts, 'foyer-account-open') as Promise<FoyerAccountOpenEvent>;
    rowButton(accounts, f.linked[1]!.handle, 'open').focus();
    await press('Enter');
    const event = await opened;
    expect([event.account, event.name, event.master]).to.deep.equal([f.linked[1]!.handle, 'Bright Books', f.workspace]);
    // The master account's session works in the linked account as it is.
    const there = await ownerApi(f).permissions.mine.query({ workspace: event.account });
    expect(there.permissions.length).to.be.greaterThan(0);
  });

  it('Add account sends a confirmation to the account’s own address, shows it waiting, and lists the account once it is confirmed', async function () {
    this.timeout(30000);
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    const account = f.free[0]!;
    await addAccount(accounts, account.handle, account.password);
    await shown(
      accounts,
      '[part="message"]',
      `A confirmation was sent to the email address of the account ${account.handle}. The account is linked once the link in that message is followed.`,
    );
    expect(accounts.shadowRoot!.querySelector('#add-form') === null, 'the form closes').to.equal(true);
    expect(deepActiveElement()?.id).to.equal('add-account');
    await waitUntil(() => pendingHandles(accounts).includes(account.handle), 'the link waits for its confirmation');
    expect(textOf(accounts, `[part~="pending-row"][data-handle="${account.handle}"]`)).to.include(
      new Date(Date.now() + 24 * 3600_000).toLocaleDateString(navigator.language, { dateStyle: 'medium' }),
    );
    await expect(accounts).to.be.accessible();

    // The confirmation went to the seller account's address, never the master account's.
    expect(await mailedMasterToken(f.owner.email, 'master-link')).to.equal(null);
    const token = await mailedMasterToken(account.ownerEmail, 'master-link');
    await createFoyerApi({ server: f.api, getToken: () => null }).master.confirmLink.mutate({ token: token! });
    await accounts.refresh();
    await waitUntil(() => rows(accounts).some(([, handle]) => handle === account.handle), 'the confirmed account is listed');
    expect(pendingHandles(accounts)).to.deep.equal([]);
  });

  it('a nickname without an account and a wrong password get one and the same sentence', async () => {
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    await addAccount(accounts, `no-such-seller-${Date.now().toString(36)}`, f.free[0]!.password);
    await shown(accounts, '#add-error', 'The nickname or the password is not correct.');
    const first = textOf(accounts, '#add-error');
    expect(deepActiveElement()?.getAttribute('name')).to.equal('password');
    await expect(accounts).to.be.accessible();

    await retype(within(accounts, 'input[name="nickname"]'), f.free[0]!.handle);
    await retype(within(accounts, 'input[name="password"]'), 'not the password');
    await press('Enter');
    await waitUntil(() => textOf(accounts, 'form button[type="submit"]') === 'Link account', 'the answer came');
    expect(textOf(accounts, '#add-error')).to.equal(first);
    expect(await mailedMasterToken(f.free[0]!.ownerEmail, 'master-link')).to.equal(null);
  });

  it('asks for the code when the account’s owner has a second factor', async () => {
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    await addAccount(accounts, f.twoStep.handle, f.twoStep.password);
    await shown(accounts, '#add-error', 'This account’s owner has a second factor: enter the code from the authenticator app as well.');
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'code', 'focus moves to the code');
    await sendKeys({ type: await totp(f.twoStep.secret) });
    await press('Enter');
    await shown(accounts, '[part="message"]', `A confirmation was sent to the email address of the account ${f.twoStep.handle}.`);
  });

  it('an account linked to another master account, or already here, is refused with what to do', async () => {
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    await addAccount(accounts, f.elsewhere.handle, f.elsewhere.password);
    await shown(accounts, '#add-error', 'This account is already linked to a master account. Remove it there first.');
    await retype(within(accounts, 'input[name="nickname"]'), f.linked[0]!.handle);
    await retype(within(accounts, 'input[name="password"]'), 'correct horse battery');
    await press('Enter');
    await shown(accounts, '#add-error', 'This account is already linked to this master account.');
  });

  it('Remove asks first, saying the master account and its users lose access at once; Escape keeps the account', async function () {
    this.timeout(30000);
    const f = await masterLinkedFixture();
    const { accounts } = await mount(f);
    const bright = f.linked[1]!;
    rowButton(accounts, bright.handle, 'remove').focus();
    await press('Enter');
    const dialog = await shown<HTMLDialogElement>(accounts, 'dialog[open]');
    expect(textOf(accounts, '#remove-heading')).to.equal('Remove Bright Books from this master account?');
    expect(textOf(accounts, '#remove-body')).to.include(`This master account and all its users lose access to Bright Books (${bright.handle}) at once`);
    expect(deepActiveElement()?.textContent?.trim(), 'the way out has focus').to.equal('Cancel');
    await expect(accounts).to.be.accessible();

    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape closes the dialog');
    expect(deepActiveElement()).to.equal(rowButton(accounts, bright.handle, 'remove'));
    expect(rows(accounts).map(([, handle]) => handle)).to.include(bright.handle);

    await press('Enter');
    await shown(accounts, 'dialog[open]');
    await press('Tab');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Remove account');
    await press('Enter');
    await shown(accounts, '[part="message"]', 'Bright Books was removed from this master account.');
    await waitUntil(() => !dialog.open, 'the dialog closes');
    expect(rows(accounts).map(([, handle]) => handle)).to.deep.equal([f.linked[0]!.handle]);
    await waitUntil(() => deepActiveElement()?.id === 'add-account', 'focus goes to Add account');
    // At once: the master account's session no longer reaches the account.
    const refused = await ownerApi(f)
      .permissions.mine.query({ workspace: bright.handle })
      .then(
        () => null,
        (error) => describeError(error).code,
      );
    expect(refused).to.equal('NOT_A_MEMBER');
    await expect(accounts).to.be.accessible();
  });

  it('two on one page each show their own master account, and adding in one leaves the other as it was', async function () {
    this.timeout(30000);
    const f = await masterLinkedFixture();
    const { elements } = await mount(f, [f.workspace, f.other]);
    const [first, second] = elements as [LinkedAccounts, LinkedAccounts];
    expect(rows(first).map(([, handle]) => handle)).to.deep.equal(f.linked.map((a) => a.handle));
    expect(rows(second).map(([, handle]) => handle)).to.deep.equal(f.otherLinked.map((a) => a.handle));

    within(second, '#add-account').click();
    await shown(second, '#add-form');
    await typeInto(within(second, 'input[name="nickname"]'), 'half-typed');
    await addAccount(first, f.free[1]!.handle, f.free[1]!.password);
    await shown(first, '[part="message"]', 'A confirmation was sent');
    await waitUntil(() => pendingHandles(first).includes(f.free[1]!.handle), 'the first lists the waiting link');
    expect(textOf(second, '[part="message"]')).to.equal('');
    expect(pendingHandles(second)).to.deep.equal([]);
    expect(within<HTMLInputElement>(second, 'input[name="nickname"]').value, 'the other’s form keeps what was typed').to.equal('half-typed');
    await expect(first).to.be.accessible();
    await expect(second).to.be.accessible();
  });

  it('a session that is not the owner of a master account is told who sees its accounts', async () => {
    const f = await masterLinkedFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none" .token=${f.owner.token}><linked-accounts workspace=${f.linked[0]!.handle}></linked-accounts></foyer-provider>
    `);
    const accounts = provider.querySelector('linked-accounts')!;
    await shown(accounts, '[role="alert"]', 'Only the owner of a master account sees and changes its linked accounts.');
    await expect(accounts).to.be.accessible();
  });
});
