import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import { GalleryOverview } from '../components/gallery-overview/gallery-overview.js';
import { twoStudiosFixture } from '../test-support/fixtures.js';

let n = 0;

describe('an element and a provider defined in either order', () => {
  it('finds a provider defined after it: the page loaded the overview before the provider', async () => {
    const f = await twoStudiosFixture();
    const [north] = f.studios as Array<{ workspace: string }>;
    // Tags of their own, so the order of definition is this test's: the overview first.
    n += 1;
    const providerTag = `late-foyer-provider-${n}`;
    const overviewTag = `early-gallery-overview-${n}`;
    customElements.define(overviewTag, class extends GalleryOverview {});
    const host = fixtureSync<HTMLElement>(html`<div>
      ${staticHtml`<${unsafeStatic(providerTag)} server=${f.api} workspace=${north!.workspace} persist="none"><${unsafeStatic(overviewTag)}></${unsafeStatic(overviewTag)}></${unsafeStatic(providerTag)}>`}
    </div>`);
    const overview = host.querySelector<GalleryOverview>(overviewTag)!;
    await overview.updateComplete;
    // Asked before any provider listened: no connection yet.
    expect(overview.connection).to.equal(undefined);

    customElements.define(providerTag, class extends FoyerProvider {});
    await waitUntil(() => overview.connection?.workspace === north!.workspace, 'the overview reaches the provider defined after it');
    const provider = host.querySelector<FoyerProvider>(providerTag)!;
    // It follows the provider from then on, as any element does.
    provider.switchWorkspace('another-studio');
    await waitUntil(() => overview.connection?.workspace === 'another-studio', 'the overview follows the provider');
  });
});
