import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { consume } from '@lit/context';
import { foyerContext, type FoyerConnection } from '../../context/foyer-context.js';
import { photographerFixture, twoStudiosFixture } from '../../test-support/fixtures.js';
import './define.js';

class ConnectionProbe extends LitElement {
  @consume({ context: foyerContext, subscribe: true })
  accessor connection: FoyerConnection | undefined = undefined;
  override render() {
    return litHtml`${this.connection?.workspace ?? ''}`;
  }
}
customElements.define('connection-probe', ConnectionProbe);

// Plain roots are mounted with fixtureSync: fixture() waits for an animation frame, which the
// test page in a background tab never gets when two files run at once.
describe('foyer-provider', () => {
  it('hands each element below it the workspace of its own provider, so two workspaces work side by side', async () => {
    const first = await photographerFixture();
    const second = await photographerFixture();
    const page = fixtureSync<HTMLDivElement>(html`
      <div>
        <foyer-provider server=${first.api} workspace=${first.workspace} persist="none">
          <connection-probe id="a"></connection-probe>
        </foyer-provider>
        <foyer-provider server=${second.api} workspace=${second.workspace} persist="none">
          <connection-probe id="b"></connection-probe>
        </foyer-provider>
      </div>
    `);
    const a = page.querySelector<ConnectionProbe>('#a')!;
    const b = page.querySelector<ConnectionProbe>('#b')!;
    await a.updateComplete;
    await b.updateComplete;
    expect(a.connection?.workspace).to.equal(first.workspace);
    expect(b.connection?.workspace).to.equal(second.workspace);

    // Each provider's session is its own: signing in below one leaves the other signed out.
    const session = await a.connection!.api.client.signIn.mutate({ workspace: first.workspace, code: first.accesses.wedding.code });
    a.connection!.setToken(session.token);
    await a.updateComplete;
    expect(a.connection?.token).to.equal(session.token);
    expect(b.connection?.token).to.equal(null);
    const overview = await a.connection!.api.client.overview.query({ workspace: first.workspace });
    expect(overview.galleries.map((g) => g.title)).to.deep.equal(['Wedding']);
  });

  it('keeps sessions with different storage keys apart, and brings each back after a reload', async () => {
    const studio = await photographerFixture();
    const page = fixtureSync<HTMLDivElement>(html`
      <div>
        <foyer-provider server=${studio.api} workspace=${studio.workspace}><connection-probe id="client"></connection-probe></foyer-provider>
        <foyer-provider server=${studio.api} workspace=${studio.workspace} storage-key="owner"><connection-probe id="owner"></connection-probe></foyer-provider>
      </div>
    `);
    const client = page.querySelector<ConnectionProbe>('#client')!;
    const owner = page.querySelector<ConnectionProbe>('#owner')!;
    await client.updateComplete;
    client.connection!.setToken('client-token-aaaaaaaaaaaaaaaa');
    owner.connection!.setToken(studio.owner.token);
    // A new provider reading the same storage, as after a reload.
    const again = await fixture<HTMLElement>(html`
      <foyer-provider server=${studio.api} workspace=${studio.workspace} storage-key="owner"><connection-probe></connection-probe></foyer-provider>
    `);
    const probe = again.querySelector<ConnectionProbe>('connection-probe')!;
    await probe.updateComplete;
    expect(probe.connection?.token).to.equal(studio.owner.token);
    const me = await probe.connection!.api.identity.me.query();
    expect(me.identity.email).to.equal(studio.owner.email);
    client.connection!.setToken(null);
    owner.connection!.setToken(null);
  });

  it('keeps a token set before it connects, even in memory only, and keeps it when moved in the page', async () => {
    const studio = await photographerFixture();
    const provider = document.createElement('foyer-provider');
    provider.persist = 'none';
    provider.server = studio.api;
    provider.workspace = studio.workspace;
    provider.token = studio.owner.token;
    provider.append(document.createElement('connection-probe'));
    const host = fixtureSync<HTMLElement>(html`<section><div id="first"></div><div id="second"></div></section>`);
    host.querySelector('#first')!.append(provider);
    const probe = provider.querySelector<ConnectionProbe>('connection-probe')!;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.connection?.token).to.equal(studio.owner.token);
    host.querySelector('#second')!.append(provider);
    await provider.updateComplete;
    await probe.updateComplete;
    expect(provider.token).to.equal(studio.owner.token);
    expect((await probe.connection!.api.identity.me.query()).identity.email).to.equal(studio.owner.email);
  });

  it('carries the kind of a session an element started, and after a reload the kind is unknown', async () => {
    const studio = await photographerFixture();
    const key = `kind-${studio.workspace}`;
    const page = fixtureSync<HTMLElement>(html`
      <div>
        <foyer-provider server=${studio.api} workspace=${studio.workspace} storage-key=${key}><connection-probe id="first"></connection-probe></foyer-provider>
        <foyer-provider server=${studio.api} workspace=${studio.workspace} persist="none"><connection-probe id="other"></connection-probe></foyer-provider>
      </div>
    `);
    const first = page.querySelector<ConnectionProbe>('#first')!;
    const other = page.querySelector<ConnectionProbe>('#other')!;
    await first.updateComplete;
    expect(first.connection?.sessionKind).to.equal(null);
    const session = await first.connection!.api.client.signIn.mutate({ workspace: studio.workspace, code: studio.accesses.wedding.code });
    first.connection!.signIn(session.token, 'access');
    await first.updateComplete;
    expect(first.connection?.token).to.equal(session.token);
    expect(first.connection?.sessionKind).to.equal('access');
    // The same token handed to another provider is a session nobody there started.
    other.connection!.setToken(session.token);
    await other.updateComplete;
    expect(other.connection?.sessionKind).to.equal('unknown');

    // A new provider reading the same storage, as after a reload.
    const again = await fixture<HTMLElement>(html`
      <foyer-provider server=${studio.api} workspace=${studio.workspace} storage-key=${key}><connection-probe></connection-probe></foyer-provider>
    `);
    const reloaded = again.querySelector<ConnectionProbe>('connection-probe')!;
    await reloaded.updateComplete;
    expect(reloaded.connection?.token).to.equal(session.token);
    expect(reloaded.connection?.sessionKind).to.equal('unknown');
    first.connection!.setToken(null);
    await first.updateComplete;
    expect(first.connection?.sessionKind).to.equal(null);
  });

  it('connects without a workspace, and switchWorkspace acts in another workspace with the same session', async () => {
    const f = await twoStudiosFixture();
    const [north, south] = f.studios as [TwoStudios, TwoStudios];
    const provider = document.createElement('foyer-provider');
    provider.persist = 'none';
    provider.server = f.api;
    provider.token = f.owner.token;
    provider.append(document.createElement('connection-probe'));
    fixtureSync<HTMLElement>(html`<section></section>`).append(provider);
    const probe = provider.querySelector<ConnectionProbe>('connection-probe')!;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.connection?.workspace).to.equal('');
    expect((await probe.connection!.api.identity.me.query()).identity.email).to.equal(f.owner.email);

    probe.connection!.switchWorkspace(north.workspace);
    await provider.updateComplete;
    await probe.updateComplete;
    expect(provider.workspace).to.equal(north.workspace);
    expect(probe.connection?.workspace).to.equal(north.workspace);
    expect(probe.connection?.token).to.equal(f.owner.token);
    const northAccesses = await probe.connection!.api.accesses.list.query({ workspace: probe.connection!.workspace });
    expect(northAccesses.map((a) => a.name)).to.deep.equal([north.client]);

    provider.switchWorkspace(south.workspace);
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.connection?.token).to.equal(f.owner.token);
    const southAccesses = await probe.connection!.api.accesses.list.query({ workspace: probe.connection!.workspace });
    expect(southAccesses.map((a) => a.name)).to.deep.equal([south.client]);
  });

  it('asks the server to answer in the page’s language, then in the one the elements switch to', async () => {
    const studio = await photographerFixture();
    const page = fixtureSync<HTMLDivElement>(html`
      <div lang="de-AT">
        <foyer-provider server=${studio.api} workspace=${studio.workspace} persist="none"><connection-probe></connection-probe></foyer-provider>
      </div>
    `);
    const probe = page.querySelector<ConnectionProbe>('connection-probe')!;
    await probe.updateComplete;
    const refusal = () =>
      probe.connection!.api.client.signIn.mutate({ workspace: studio.workspace, code: 'no-such-code-1' }).then(
        () => expect.fail('the code should be refused'),
        (error: Error) => error.message,
      );
    expect(await refusal()).to.equal('Dieser Zugangscode ist nicht gültig. Prüfe ihn oder frag nach einem neuen.');
    // What lit-localize announces once it has switched the elements' language.
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'hu' } }));
    expect(await refusal()).to.equal('Ez a hozzáférési kód nem érvényes. Ellenőrizd, vagy kérj újat.');
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'en' } }));
  });
});

type TwoStudios = { workspace: string; name: string; client: string };
