import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { allWithin, deepActiveElement, press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import { signInPromptShown } from '../../test-support/sign-in-prompt.js';
import { termsShopFixture, type TermsShopFixture } from '../../test-support/terms-fixtures.js';
import type { TermsManager } from './terms-manager.js';
import '../foyer-provider/define.js';
import '../foyer-sign-in/define.js';
import './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(f: TermsShopFixture, token: string | null): Promise<TermsManager> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" server=${f.api} workspace=${f.workspace} persist="none">
      <terms-manager><foyer-sign-in slot="sign-in"></foyer-sign-in></terms-manager>
    </foyer-provider>
  `);
  if (token) provider.token = token;
  return provider.querySelector('terms-manager')!;
}

async function managerOf(f: TermsShopFixture): Promise<TermsManager> {
  const manager = await mount(f, f.owner.token);
  await shown(manager, 'form.form');
  return manager;
}

const dialog = (m: TermsManager) => m.shadowRoot!.querySelector<HTMLDialogElement>('#terms-dialog')!;
const dialogOpen = async (m: TermsManager) => {
  await waitUntil(() => dialog(m).open, 'the confirmation did not open', { timeout: 8000 });
  return dialog(m);
};
const dialogClosed = (m: TermsManager) => waitUntil(() => !dialog(m).open, 'the confirmation did not close', { timeout: 8000 });
/** The earlier versions' rows: version, title, published, accepted by. */
const earlier = (m: TermsManager) => allWithin(m, 'tr[part~="version"]').map((tr) => [...tr.querySelectorAll('td')].map(text));
const overview = (f: TermsShopFixture) => createFoyerApi({ server: f.api, getToken: () => f.owner.token }).terms.versions.query({ workspace: f.workspace });

describe('terms-manager', () => {
  it('shows the current terms with their text and how many contacts accepted them', async () => {
    const f = await termsShopFixture();
    const m = await managerOf(f);
    expect(textOf(m, '#current-title')).to.equal('Current terms: version 1, “Terms 2026”');
    expect(textOf(m, '[part~="published"]')).to.match(/^Published on .+ by Petra Print\.$/);
    expect(textOf(m, '[part~="acceptance"]')).to.equal('Accepted by 1 of 2 contacts.');
    // Line breaks of the text are kept.
    expect(within(m, '[part~="text"]').innerText).to.equal('Print files are kept for 30 days.\nPayment within 14 days.');
    expect(m.shadowRoot!.querySelector('#versions')).to.equal(null);
    await expect(m).to.be.accessible();
  });

  it('publishes typed terms only after saying that every acceptance is reset and how many contacts accept again', async function () {
    this.timeout(30_000);
    const f = await termsShopFixture();
    const m = await managerOf(f);
    await typeInto(within(m, '#terms-title'), 'Terms 2027');
    await typeInto(within(m, '#terms-text'), 'Payment within 10 days.');
    within(m, '#terms-title').focus();
    await press('Enter');
    let box = await dialogOpen(m);
    expect(text(box.querySelector('h3'))).to.equal('Publish “Terms 2027” as version 2?');
    expect(text(box.querySelector('#dialog-body'))).to.equal(
      'Every contact’s acceptance date will be reset, and all 2 contacts will be asked to accept version 2 before they can submit jobs. The acceptance of the 1 contact who accepted version 1 ends.',
    );
    // The way out has focus; Escape publishes nothing.
    expect(text(deepActiveElement())).to.equal('Cancel');
    await expect(m).to.be.accessible();
    await press('Escape');
    await dialogClosed(m);
    expect((await overview(f)).versions.length).to.equal(1);

    within(m, '#terms-title').focus();
    await press('Enter');
    box = await dialogOpen(m);
    await press('Tab');
    expect(text(deepActiveElement())).to.equal('Publish version 2');
    await press('Enter');
    await dialogClosed(m);
    await shown(m, '[part="message"]', 'Version 2, “Terms 2027”, is published. Every contact is asked to accept it.');
    await shown(m, '#current-title', 'Current terms: version 2, “Terms 2027”');
    expect(deepActiveElement()?.id).to.equal('current-title');
    expect(textOf(m, '[part~="acceptance"]')).to.equal('Accepted by 0 of 2 contacts.');
    // Ada accepted version 1: she counts there, and not for version 2.
    expect(earlier(m)).to.have.length(1);
    expect(earlier(m)[0]![0]).to.equal('1');
    expect(earlier(m)[0]![1]).to.equal('Terms 2026');
    expect(earlier(m)[0]![3]).to.equal('1 contact');
    expect(within<HTMLInputElement>(m, '#terms-title').value).to.equal('');
    const served = await overview(f);
    expect(served.versions.map((v) => [v.version, v.acceptedBy])).to.deep.equal([
      [2, 0],
      [1, 1],
    ]);
    expect(served.contacts).to.deep.equal({ total: 2, accepted: 0 });

    // Once she accepts the new version, it counts for both, each once.
    const signedIn = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate(f.ada);
    if (signedIn.secondFactorRequired) throw new Error('expected Ada to sign in without a second factor');
    await createFoyerApi({ server: f.api, getToken: () => signedIn.token }).terms.accept.mutate({ workspace: f.workspace, version: 2 });
    await m.refresh();
    await shown(m, '[part~="acceptance"]', 'Accepted by 1 of 2 contacts.');
    expect(earlier(m)[0]![3]).to.equal('1 contact');
  });

  it('reads the terms from a text file picked, and publishes what the field then holds', async function () {
    this.timeout(30_000);
    const f = await termsShopFixture();
    const m = await managerOf(f);
    const file = within<HTMLInputElement>(m, '#terms-file');
    const picked = new DataTransfer();
    picked.items.add(new File(['Files are kept for 60 days.\nPayment within 7 days.'], 'terms-2028.txt', { type: 'text/plain' }));
    file.files = picked.files;
    file.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => within<HTMLTextAreaElement>(m, '#terms-text').value !== '', 'the file’s text shows');
    expect(within<HTMLTextAreaElement>(m, '#terms-text').value).to.equal('Files are kept for 60 days.\nPayment within 7 days.');
    // An untitled version takes the file's name.
    expect(within<HTMLInputElement>(m, '#terms-title').value).to.equal('terms-2028');
    expect(textOf(m, '#terms-file-hint')).to.equal('The text below was read from terms-2028.txt. Check it before you publish.');
    within<HTMLButtonElement>(m, 'form.form button[type="submit"]').click();
    const box = await dialogOpen(m);
    expect(text(box)).to.include('all 2 contacts will be asked to accept version 2');
    [...box.querySelectorAll('button')].find((b) => text(b) === 'Publish version 2')!.click();
    await dialogClosed(m);
    await shown(m, '#current-title', 'Current terms: version 2, “terms-2028”');
    expect(within(m, '[part~="text"]').innerText).to.equal('Files are kept for 60 days.\nPayment within 7 days.');
  });

  it('says what is missing instead of asking to publish nothing', async () => {
    const f = await termsShopFixture();
    const m = await managerOf(f);
    within<HTMLButtonElement>(m, 'form.form button[type="submit"]').click();
    await shown(m, '#terms-title-error', 'Enter a title for the new version.');
    expect(textOf(m, '#terms-text-error')).to.equal('Type the terms, or read them from a file.');
    expect(dialog(m).open).to.equal(false);
    expect(deepActiveElement()?.id).to.equal('terms-title');
  });

  it('tells a member without Manage terms so, in a sentence', async () => {
    const f = await termsShopFixture();
    const m = await mount(f, f.operator.token);
    await shown(m, '[role="alert"]', 'Your role in this workspace does not allow managing the terms of service.');
    expect(textOf(m)).to.not.include('Terms 2026');
    expect(m.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(m).to.be.accessible();
  });

  it('asks for a sign-in while nobody is signed in', async () => {
    const f = await termsShopFixture();
    const m = await mount(f, null);
    await signInPromptShown(m, 'Sign in to manage the terms of service.');
    await expect(m).to.be.accessible();
  });
});
