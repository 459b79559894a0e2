import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FoyerGalleryOpenEvent } from '../../events/foyer-gallery-open-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { allWithin, deepActiveElement, press, retype, shown, textOf, within } from '../../test-support/interaction.js';
import type { GalleryPasswordPrompt } from '../gallery-password-prompt/gallery-password-prompt.js';
import type { GalleryDirectLink } from './gallery-direct-link.js';
import '../foyer-provider/define.js';
import './define.js';

async function linkPage(f: PhotographerFixture, gallery: string | undefined) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
      ${gallery === undefined ? html`<gallery-direct-link gallery-from-url></gallery-direct-link>` : html`<gallery-direct-link gallery=${gallery}></gallery-direct-link>`}
    </foyer-provider>
  `);
  const link = provider.querySelector('gallery-direct-link')!;
  return { provider, link };
}

async function promptOf(link: GalleryDirectLink): Promise<GalleryPasswordPrompt> {
  const prompt = await shown<GalleryPasswordPrompt>(link, 'gallery-password-prompt');
  await prompt.updateComplete;
  return prompt;
}

async function givePassword(prompt: GalleryPasswordPrompt, password: string): Promise<void> {
  await retype(within<HTMLInputElement>(prompt, 'input[type="password"]'), password);
  await press('Enter');
}

function pictureNames(link: GalleryDirectLink): string[] {
  return allWithin<HTMLImageElement>(link, '[part="items"] img').map((img) => img.alt);
}

describe('gallery-direct-link', () => {
  it('asks for the Private gallery’s password, refuses a wrong one, and opens with the right one', async () => {
    const f = await photographerFixture();
    const { provider, link } = await linkPage(f, f.galleries.private);
    const prompt = await promptOf(link);
    expect(textOf(prompt, '[part="heading"]')).to.equal('Private');
    expect(textOf(link, '[part="studio"]')).to.equal('Studio Lindqvist');
    const field = within<HTMLInputElement>(prompt, 'input');
    expect(within(prompt, `label[for="${field.id}"]`).textContent).to.equal('Gallery password');
    await expect(link).to.be.accessible();

    await givePassword(prompt, 'not-the-password');
    await shown(prompt, '[role="alert"]', 'The password is not correct.');
    expect(provider.token).to.equal(null);
    expect(link.shadowRoot!.querySelector('[part="items"]')).to.equal(null);
    await expect(link).to.be.accessible();

    const opened = oneEvent<FoyerGalleryOpenEvent>(link, 'foyer-gallery-open');
    await givePassword(prompt, f.passwords.private);
    expect((await opened).galleryId).to.equal(f.galleries.private);
    await shown(link, '#gallery-heading', 'Private');
    expect(pictureNames(link)).to.deep.equal(['Private 1.svg', 'Private 2.svg']);
    expect(link.shadowRoot!.querySelector('gallery-password-prompt')).to.equal(null);
    expect(provider.token).to.be.a('string');
    await expect(link).to.be.accessible();
  });

  it('a gallery without a password opens at once; its sub-gallery with a password asks for it, then leads back up', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, f.galleries.wedding);
    await shown(link, '#gallery-heading', 'Wedding');
    expect(pictureNames(link)).to.deep.equal(['Wedding 1.svg', 'Wedding 2.svg']);
    expect(allWithin(link, '[part="card"] [part="title"]').map((t) => t.textContent)).to.deep.equal(['Ceremony', 'Reception']);
    expect(link.shadowRoot!.querySelector('[part="back"]')).to.equal(null);
    await expect(link).to.be.accessible();

    const reception = allWithin<HTMLButtonElement>(link, '[part="card"]')[1]!;
    reception.focus();
    await press('Enter');
    const prompt = await promptOf(link);
    expect(textOf(prompt, '[part="heading"]')).to.equal('Reception');
    await waitUntil(() => deepActiveElement() === within(prompt, 'input'), 'focus did not move to the password field');
    await givePassword(prompt, f.passwords.reception);
    await shown(link, '#gallery-heading', 'Reception');
    expect(pictureNames(link)).to.deep.equal(['Reception 1.svg', 'Reception 2.svg']);
    expect(deepActiveElement()).to.equal(within(link, '#gallery-heading'));

    within(link, '[part="up"]').click();
    await shown(link, '#gallery-heading', 'Wedding');
    expect(link.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
  });

  it('a sub-gallery whose parent forbids navigation has no way up', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, f.galleries.landscapes);
    await shown(link, '#gallery-heading', 'Landscapes');
    expect(link.shadowRoot!.querySelector('[part="up"]')).to.equal(null);
    expect(link.shadowRoot!.querySelector('[part="cards"]')).to.equal(null);
  });

  it('with gallery-from-url, opens the gallery the page address names', async () => {
    const f = await photographerFixture();
    const before = location.href;
    const url = new URL(location.href);
    url.searchParams.set('gallery', f.galleries.ceremony);
    history.replaceState(null, '', url);
    try {
      const { link } = await linkPage(f, undefined);
      await shown(link, '#gallery-heading', 'Ceremony');
      expect(textOf(link, '[part="up"]')).to.contain('Up to Wedding');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('a gallery that does not exist says so', async () => {
    const f = await photographerFixture();
    const { link } = await linkPage(f, '00000000-0000-4000-8000-000000000000');
    await shown(link, '[role="alert"]', 'This gallery does not exist or is no longer shared.');
    await expect(link).to.be.accessible();
  });
});
