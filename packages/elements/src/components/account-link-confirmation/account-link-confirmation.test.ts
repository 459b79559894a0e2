import { expect, fixture, html } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { masterLinkMailFixture, type MasterLinkMailFixture } from '../../test-support/master-fixtures.js';
import { deepActiveElement, press, shown, textOf, within } from '../../test-support/interaction.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import './define.js';

async function mount(f: MasterLinkMailFixture, token?: string) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} persist="none"><account-link-confirmation .token=${token ?? ''}></account-link-confirmation></foyer-provider>
  `);
  const page = provider.querySelector('account-link-confirmation')!;
  await page.updateComplete;
  return page;
}

const linkedHandles = async (f: MasterLinkMailFixture) =>
  (await createFoyerApi({ server: f.api, getToken: () => f.owner.token }).master.accounts.query({ workspace: f.workspace })).accounts.map((a) => a.handle);

describe('account-link-confirmation', () => {
  afterEach(() => history.replaceState(null, '', `${location.pathname}${location.search}`));

  it('links the account from the mailed link once its holder confirms, from the keyboard, and names both accounts', async () => {
    const f = await masterLinkMailFixture();
    history.replaceState(null, '', `#master-link=${f.token}`);
    const page = await mount(f);
    expect(textOf(page, 'h2')).to.equal('Link your seller account to a master account?');
    expect(await linkedHandles(f), 'opening the page links nothing').not.to.include(f.account.handle);
    await expect(page).to.be.accessible();

    within(page, 'button').focus();
    await press('Enter');
    await shown(page, '[part="status"]', `The seller account ${f.account.handle} is now linked to the master account ${f.workspace}.`);
    expect(deepActiveElement()?.localName).to.equal('h2');
    expect(location.hash, 'the used link leaves the address').to.equal('');
    expect(await linkedHandles(f)).to.include(f.account.handle);
    await expect(page).to.be.accessible();
  });

  it('a link used already says it does not work', async () => {
    const f = await masterLinkMailFixture();
    await createFoyerApi({ server: f.api, getToken: () => null }).master.confirmLink.mutate({ token: f.token });
    const page = await mount(f, f.token);
    within(page, 'button').click();
    await shown(page, 'h2', 'This link does not work');
    expect(textOf(page, '[role="alert"]')).to.include('Ask the master account’s owner to add the account again');
    await expect(page).to.be.accessible();
  });

  it('an expired link says what to do', async () => {
    const f = await masterLinkMailFixture();
    const page = await mount(f, f.expiredToken);
    within(page, 'button').click();
    await shown(page, 'h2', 'This link has expired');
    expect(textOf(page, '[role="alert"]')).to.equal('Confirmation links work for a limited time. Ask the master account’s owner to add the account again: a new link will be sent.');
    await expect(page).to.be.accessible();
  });

  it('without a link it says where the page opens from', async () => {
    const f = await masterLinkMailFixture();
    const page = await mount(f);
    expect(textOf(page, 'h2')).to.equal('Link a seller account');
    expect(page.shadowRoot!.querySelector('button') === null, 'nothing to confirm').to.equal(true);
  });
});
