import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { state } from 'lit/decorators.js';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import '../components/foyer-provider/define.js';
import { twoStudiosFixture } from '../test-support/fixtures.js';
import { ConnectionController } from './connection-controller.js';

/** Lists the client accesses of the provider's workspace, as an element loading data does. */
class AccessProbe extends LitElement {
  @state() accessor names: string[] | undefined = undefined;
  loads = 0;
  /** Every list the probe showed, in order. */
  shown: string[] = [];
  readonly link = new ConnectionController(this, {
    scope: 'workspace',
    onChange: (c) => {
      this.names = undefined;
      if (c) void this.#load();
    },
  });

  async #load(): Promise<void> {
    const c = this.link.value!;
    this.loads++;
    const ticket = this.link.ticket();
    const accesses = await c.api.accesses.list.query({ workspace: c.workspace });
    if (!this.link.isCurrent(ticket)) return;
    this.names = accesses.map((a) => a.name);
    this.shown.push(this.names.join());
  }

  override render() {
    return litHtml`${this.names?.join(', ') ?? 'loading'}`;
  }
}
customElements.define('access-probe', AccessProbe);

/** Counts what a session-wide element loads: switching the workspace keeps its data. */
class SessionProbe extends LitElement {
  loads = 0;
  readonly link = new ConnectionController(this, {
    scope: 'session',
    onChange: (c) => {
      if (c) this.loads++;
    },
  });
}
customElements.define('session-probe', SessionProbe);

describe('ConnectionController', () => {
  it('loads again when the workspace or the session changes, and drops an answer for the connection before', async () => {
    const f = await twoStudiosFixture();
    const [north, south] = f.studios as [Studio, Studio];
    const provider = fixtureSync<FoyerProvider>(html`
      <foyer-provider server=${f.api} persist="none"><access-probe></access-probe><session-probe></session-probe></foyer-provider>
    `);
    const probe = provider.querySelector<AccessProbe>('access-probe')!;
    const session = provider.querySelector<SessionProbe>('session-probe')!;
    await probe.updateComplete;
    // Without a session (nor a workspace) there is nothing to load.
    expect(probe.loads).to.equal(0);
    expect(session.loads).to.equal(0);

    provider.token = f.owner.token;
    provider.switchWorkspace(north.workspace);
    await waitUntil(() => probe.names?.join() === north.client, 'the north studio’s accesses are shown');
    expect(session.loads).to.equal(1);

    provider.switchWorkspace(south.workspace);
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.names).to.equal(undefined);
    await waitUntil(() => probe.names?.join() === south.client, 'the south studio’s accesses are shown');
    // One session across both workspaces: the session-wide element did not load again.
    expect(session.loads).to.equal(1);

    // Switched back and forth before the first answer arrives: only the last workspace's list is shown.
    provider.switchWorkspace(north.workspace);
    await provider.updateComplete;
    await probe.updateComplete;
    provider.switchWorkspace(south.workspace);
    await provider.updateComplete;
    await probe.updateComplete;
    await waitUntil(() => probe.names !== undefined, 'the list is shown again');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(probe.loads).to.equal(4);
    expect(probe.shown).to.deep.equal([north.client, south.client, south.client]);

    provider.token = null;
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.names).to.equal(undefined);
    expect(probe.loads).to.equal(4);
    expect(probe.shadowRoot!.textContent).to.equal('loading');
  });
});

type Studio = { workspace: string; name: string; client: string };
