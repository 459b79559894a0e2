import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi } from '@foyer/client';
import { photographerFixture } from '../../test-support/fixtures.js';
import { wait, text, findControl, control, mount, mountList, ownerApi, anonymousApi, rowOf, openAccess, reachOf } from '../../test-support/access-manager.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { signInPromptShown } from '../../test-support/sign-in-prompt.js';

// The client's overview is another element; where it is present, the preview test also
// checks what it shows. Loaded by address so this file runs whether it exists or not.
const overviewModule = '../gallery-overview/define.ts';
await import(/* @vite-ignore */ new URL(overviewModule, import.meta.url).href).catch(() => undefined);

describe('client-access-manager', () => {
  it('lists the workspace’s accesses with status in words, code hint, email, galleries and uses', async () => {
    const f = await photographerFixture();
    await anonymousApi(f).client.signIn.mutate({ workspace: f.workspace, code: f.accesses.wedding.code });
    const { el, root } = await mountList(f);

    const names = [...root.querySelectorAll('tbody th')].map(text);
    expect(names).to.deep.equal(['Disabled', 'Explicit', 'Landscapes', 'Wedding']);
    const status = (name: string) => text(rowOf(root, name).querySelector('[part~="status"]'));
    expect(status('Disabled')).to.equal('Disabled');
    expect(status('Wedding')).to.equal('Active');
    expect(status('Explicit')).to.equal('Active');

    const wedding = [...rowOf(root, 'Wedding').querySelectorAll('td')].map(text);
    expect(wedding[1]).to.equal(`…ending in ${f.accesses.wedding.code.slice(-4)}`);
    expect(wedding[2]).to.equal('wedding@example.com');
    expect(wedding[3]).to.equal('1');
    expect(wedding[4]).to.not.equal('Never');
    expect(wedding[5]).to.equal('1');
    expect(text(rowOf(root, 'Landscapes').querySelectorAll('td')[4])).to.equal('Never');
    // The full code is never in the list: the server keeps only a hash of it.
    expect(root.textContent).to.not.include(f.accesses.wedding.code);
    await expect(el).to.be.accessible();
  });

  it('writes dates and numbers in the page’s language', async () => {
    const f = await photographerFixture();
    await anonymousApi(f).client.signIn.mutate({ workspace: f.workspace, code: f.accesses.wedding.code });
    const { root } = await mountList(f, { lang: 'de' });
    const lastUse = text(rowOf(root, 'Wedding').querySelectorAll('td')[4]);
    const used = new Date((await ownerApi(f).accesses.list.query({ workspace: f.workspace })).find((a) => a.name === 'Wedding')!.lastUsedAt!);
    expect(lastUse).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(used));
    expect(lastUse).to.match(/^\d{2}\.\d{2}\.\d{4}/);
  });

  it('says so when there are no accesses yet', async () => {
    const f = await photographerFixture();
    const api = ownerApi(f);
    for (const access of Object.values(f.accesses)) await api.accesses.delete.mutate({ workspace: f.workspace, accessId: access.id });
    const { el, root } = await mount(f);
    await wait(() => root.querySelector('[part~="empty"]'), 'the empty state shows');
    expect(text(root.querySelector('[part~="empty"]'))).to.equal('No client accesses yet — create one to give a client one code for all their galleries.');
    expect(findControl(root, 'New client access')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('signed out asks for a sign-in, not an error; signed in without membership, the refusal is a sentence', async () => {
    const f = await photographerFixture();
    const { el, root, provider } = await mount(f, null);
    await signInPromptShown(el, 'Sign in as the studio’s owner to manage client accesses.');
    await expect(el).to.be.accessible();

    const stranger = await anonymousApi(f).identity.signIn.mutate({ email: f.stranger.email, password: f.stranger.password });
    if (stranger.secondFactorRequired) throw new Error('expected a session');
    provider.token = stranger.token;
    await wait(() => text(root.querySelector('[role="alert"]')).includes('not a member'), 'the membership refusal shows');
    expect(text(root.querySelector('[role="alert"]'))).to.equal('You are not a member of this workspace, so you cannot manage its client accesses.');
    expect(root.querySelector('table')).to.equal(null);
  });

  it('the reach list says why each gallery is open: through navigation from Wedding, or added by hand', async () => {
    const f = await photographerFixture();
    const { el, root } = await mountList(f);
    await openAccess(root, 'Wedding');
    expect(reachOf(root)).to.have.members([
      'Wedding: added by hand',
      'Wedding / Ceremony: reached through navigation from Wedding',
      'Wedding / Reception: reached through navigation from Wedding',
    ]);
    await expect(el).to.be.accessible();

    control(root, 'All client accesses').click();
    await wait(() => root.querySelector('table'), 'the list is back');
    expect(root.activeElement).to.equal(control(root, 'Manage Wedding'));
    await openAccess(root, 'Explicit');
    expect(reachOf(root)).to.deep.equal(['Wedding / Ceremony: added by hand']);
    expect(text(root.querySelector('.reach-section'))).to.include('This access opens only the galleries added by hand.');
  });

  it('preview opens the client’s view in a dialog without signing the owner out, and closing ends it', async () => {
    const f = await photographerFixture();
    const { el, root, provider } = await mountList(f);
    await openAccess(root, 'Wedding');
    const dialog = root.querySelector<HTMLDialogElement>('#preview-dialog')!;
    control(root, 'Preview as the client').click();
    await wait(() => dialog.open, 'the preview opens');
    const nested = dialog.querySelector<FoyerProvider>('foyer-provider')!;
    expect(nested.getAttribute('persist')).to.equal('none');
    expect(nested.getAttribute('workspace')).to.equal(f.workspace);
    await wait(() => nested.token, 'the preview has its session');
    const token = nested.token!;
    const previewApi = createFoyerApi({ server: f.api, getToken: () => token });
    const overview = await previewApi.client.overview.query({ workspace: f.workspace });
    expect(overview.galleries.map((g) => g.title)).to.deep.equal(['Wedding']);

    if (customElements.get('gallery-overview')) {
      const shown = dialog.querySelector('gallery-overview')!;
      await wait(() => text(shown.shadowRoot).includes('Wedding'), 'the client’s overview shows the Wedding gallery');
      expect(text(shown.shadowRoot)).to.not.include('Landscapes');
    }
    // The owner is still signed in, with the same session.
    expect(provider.token).to.equal(f.owner.token);
    await expect(el).to.be.accessible();

    control(dialog, 'Close preview').click();
    await wait(() => !dialog.open && !dialog.querySelector('foyer-provider'), 'the preview closes');
    expect(root.activeElement).to.equal(control(root, 'Preview as the client'));
    await wait(async () => {
      try {
        await previewApi.client.overview.query({ workspace: f.workspace });
        return false;
      } catch {
        return true;
      }
    }, 'the preview session has ended');
    // Previewing is not a use of the code.
    const listed = (await ownerApi(f).accesses.list.query({ workspace: f.workspace })).find((a) => a.id === f.accesses.wedding.id);
    expect(listed?.useCount).to.equal(0);
  });

  it('previewing a disabled access says the client would see nothing', async () => {
    const f = await photographerFixture();
    const { el, root } = await mountList(f);
    await openAccess(root, 'Disabled');
    const dialog = root.querySelector<HTMLDialogElement>('#preview-dialog')!;
    control(root, 'Preview as the client').click();
    await wait(() => dialog.open, 'the preview opens');
    expect(text(dialog.querySelector('[role="alert"]'))).to.equal('This access is disabled: with its code the client sees nothing until you enable it again.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await wait(() => !dialog.open && !dialog.querySelector('foyer-provider'), 'the preview closes');
  });

  it('two managers on one page each act in their own workspace', async () => {
    const first = await photographerFixture();
    const second = await photographerFixture();
    await ownerApi(second).accesses.delete.mutate({ workspace: second.workspace, accessId: second.accesses.wedding.id });
    const a = await mount(first);
    const b = await mount(second);
    await wait(() => a.root.querySelector('table') && b.root.querySelector('table'), 'both lists show');
    expect(a.root.querySelectorAll('tbody tr')).to.have.length(4);
    expect(b.root.querySelectorAll('tbody tr')).to.have.length(3);

    // A change in one leaves the other alone.
    await openAccess(a.root, 'Wedding');
    control(a.root, 'Disable').click();
    await wait(() => a.changes.length === 1, 'the first manager changed its access');
    expect(b.changes).to.deep.equal([]);
    const secondList = await ownerApi(second).accesses.list.query({ workspace: second.workspace });
    expect(secondList.find((x) => x.name === 'Disabled')?.status).to.equal('disabled');
    expect(secondList.filter((x) => x.status === 'disabled')).to.have.length(1);
    await expect(a.el).to.be.accessible();
    await expect(b.el).to.be.accessible();
  });
});
