import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { photographerFixture } from '../../test-support/fixtures.js';
import { wait, text, findControl, control, field, typeInto, mountList, ownerApi, anonymousApi, signInRefusal, rowOf, announced, recordClipboard } from '../../test-support/access-manager.js';

describe('client-access-manager creating an access', () => {
  let clipboard: string[];
  let restoreClipboard: () => void;
  beforeEach(() => {
    ({ copied: clipboard, restore: restoreClipboard } = recordClipboard());
  });
  afterEach(() => restoreClipboard());

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
});
