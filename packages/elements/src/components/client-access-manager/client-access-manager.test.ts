import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi } from '@foyer/client';
import { photographerFixture } from '../../test-support/fixtures.js';
import {
  wait,
  text,
  findControl,
  control,
  field,
  typeInto,
  mount,
  mountList,
  ownerApi,
  anonymousApi,
  signInRefusal,
  rowOf,
  openAccess,
  reachOf,
  announced,
  recordClipboard,
} from '../../test-support/access-manager.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { signInPromptShown } from '../../test-support/sign-in-prompt.js';

// The client's overview is another element; where it is present, the preview test also
// checks what it shows. Loaded by address so this file runs whether it exists or not.
const overviewModule = '../gallery-overview/define.ts';
await import(/* @vite-ignore */ new URL(overviewModule, import.meta.url).href).catch(() => undefined);

describe('client-access-manager', () => {
  let clipboard: string[];
  let restoreClipboard: () => void;
  beforeEach(() => {
    ({ copied: clipboard, restore: restoreClipboard } = recordClipboard());
  });
  afterEach(() => restoreClipboard());

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

  it('creating an access with a chosen code shows the code with copy, mail and send, and the code signs a client in', async () => {
    const f = await photographerFixture();
    const { el, root, changes } = await mountList(f);
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    expect(root.activeElement).to.equal(field(root, 'Name'));
    await expect(el).to.be.accessible();

    await typeInto(field(root, 'Name'), 'Anna & Ben Müller');
    await typeInto(field(root, 'Access code'), 'Mueller-Wedding-2026');
    await typeInto(field(root, 'Internal note'), 'Prefers prints');
    const ceremony = root.querySelector<HTMLInputElement>(`input[name="galleryIds"][value="${f.galleries.ceremony}"]`)!;
    ceremony.focus();
    await sendKeys({ press: 'Space' });
    expect(ceremony.checked).to.equal(true);
    await typeInto(field(root, 'Email'), 'anna@example.com');
    await sendKeys({ press: 'Enter' });

    await wait(() => root.querySelector('[part~="share"]'), 'the code is shown');
    const share = root.querySelector('[part~="share"]')!;
    expect(text(share.querySelector('[part~="code"]'))).to.equal('mueller-wedding-2026');
    expect(text(share)).to.include('You can show it here again at any time');
    await wait(() => findControl(share, 'Open in mail program'), 'the mail link is ready');
    const mailto = control(share, 'Open in mail program') as HTMLAnchorElement;
    expect(mailto.tagName).to.equal('A');
    expect(mailto.getAttribute('href')).to.match(/^mailto:anna%40example\.com\?subject=/);
    expect(decodeURIComponent(mailto.getAttribute('href')!)).to.include('mueller-wedding-2026');
    expect(findControl(share, 'Send by email to anna@example.com')).to.exist;
    expect(root.activeElement?.id).to.equal('share-heading');
    await expect(el).to.be.accessible();

    control(share, 'Copy code').click();
    await wait(() => announced(root) === 'Code copied.', 'the copy is announced');
    expect(clipboard).to.deep.equal(['mueller-wedding-2026']);

    const created = (await ownerApi(f).accesses.list.query({ workspace: f.workspace })).find((a) => a.name === 'Anna & Ben Müller')!;
    expect(created).to.include({ email: 'anna@example.com', note: 'Prefers prints', scope: 'navigation', galleryCount: 1, codeHint: '2026' });
    expect(changes).to.deep.include({ accessId: created.id, change: 'created' });
    const session = await anonymousApi(f).client.signIn.mutate({ workspace: f.workspace, code: 'mueller-wedding-2026' });
    expect(session.accessName).to.equal('Anna & Ben Müller');

    // Once the owner leaves, the code is gone from the page; only its last characters remain.
    control(root, 'All client accesses').click();
    await wait(() => root.querySelector('table'), 'the list is back');
    expect(root.textContent).to.not.include('mueller-wedding-2026');
    expect(text(rowOf(root, 'Anna & Ben Müller'))).to.include('…ending in 2026');
  });

  it('with an entry page, Copy link copies the page with the code filled in', async () => {
    const f = await photographerFixture();
    const { root } = await mountList(f, { entryUrl: 'https://studio.example/clients' });
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    await typeInto(field(root, 'Name'), 'Linked');
    await typeInto(field(root, 'Access code'), 'linked-client-1');
    await sendKeys({ press: 'Enter' });
    await wait(() => findControl(root, 'Copy link'), 'the link is ready');
    control(root, 'Copy link').click();
    await wait(() => announced(root) === 'Link copied.', 'the copy is announced');
    expect(clipboard).to.deep.equal(['https://studio.example/clients#code=linked-client-1']);
  });

  it('an empty code field has the server generate a readable code', async () => {
    const f = await photographerFixture();
    const { root } = await mountList(f);
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    await typeInto(field(root, 'Name'), 'Walk-in');
    control(root, 'Create access').click();
    await wait(() => root.querySelector('[part~="code"]'), 'the code is shown');
    const code = text(root.querySelector('[part~="code"]'));
    expect(code).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)+$/);
    // No email: nothing to send from here, and the panel says how to change that.
    expect(findControl(root, 'Send by email to')).to.equal(undefined);
    expect(text(root.querySelector('[part~="share"]'))).to.include('Add an email address to the access to send the code from here.');
    expect(await signInRefusal(f, code)).to.equal(null);
  });

  it('a taken code is shown on the code field and creates nothing', async () => {
    const f = await photographerFixture();
    const { el, root } = await mountList(f);
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    await typeInto(field(root, 'Name'), 'Copycat');
    await typeInto(field(root, 'Access code'), f.accesses.wedding.code.toUpperCase());
    control(root, 'Create access').click();

    const code = field(root, 'Access code');
    await wait(() => code.getAttribute('aria-invalid') === 'true', 'the code field is marked');
    const error = root.getElementById(
      code
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!,
    );
    expect(text(error)).to.equal('Another client access in this workspace already uses this code. Choose another one.');
    expect(root.activeElement).to.equal(code);
    expect(code.value).to.equal(f.accesses.wedding.code.toUpperCase());
    expect(root.querySelector('[part~="share"]')).to.equal(null);
    const list = await ownerApi(f).accesses.list.query({ workspace: f.workspace });
    expect(list.map((a) => a.name)).to.not.include('Copycat');
    expect(list).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('the server’s field problems show next to their fields', async () => {
    const f = await photographerFixture();
    const { el, root } = await mountList(f);
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    await typeInto(field(root, 'Name'), 'Short code');
    await typeInto(field(root, 'Access code'), 'ab');
    await typeInto(field(root, 'Email'), 'not-an-email');
    control(root, 'Create access').click();
    await wait(() => root.querySelector('#access-code-error'), 'the field errors show');
    expect(text(root.querySelector('#access-code-error'))).to.equal('Must be at least 6 characters.');
    expect(text(root.querySelector('#access-email-error'))).to.equal('Must be a valid email address.');
    expect(field(root, 'Name').getAttribute('aria-invalid')).to.equal(null);
    expect(text(root.querySelector('form [role="alert"]'))).to.equal('Some of the input is not valid. Check the marked fields.');
    await expect(el).to.be.accessible();
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

  it('send by email puts the message in the outbox and says where it went', async () => {
    const f = await photographerFixture();
    const { root } = await mountList(f);
    control(root, 'New client access').click();
    await wait(() => root.querySelector('form'), 'the form opens');
    await typeInto(field(root, 'Name'), 'Carla');
    await typeInto(field(root, 'Access code'), 'carla-portraits');
    await typeInto(field(root, 'Email'), 'carla@example.com');
    control(root, 'Create access').click();
    await wait(() => findControl(root, 'Send by email to carla@example.com'), 'the send button shows');
    control(root, 'Send by email to carla@example.com').click();
    await wait(() => root.querySelector('.sent'), 'the result shows');
    const sentence = 'Email to carla@example.com placed in the outbox: no mail server is set up, so it waits there to be sent.';
    expect(text(root.querySelector('.sent'))).to.equal(sentence);
    expect(announced(root)).to.equal(sentence);
    const outbox = await ownerApi(f).outbox.list.query({ workspace: f.workspace });
    const message = outbox.find((m) => m.to === 'carla@example.com');
    expect(message?.transport).to.equal('outbox');
    expect(message?.body).to.include('carla-portraits');
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
