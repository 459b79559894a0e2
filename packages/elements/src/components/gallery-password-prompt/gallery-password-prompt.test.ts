import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture } from '../../test-support/fixtures.js';
import { press, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

describe('gallery-password-prompt', () => {
  it('unlocks the gallery with its password and hands the provider a gallery session', async () => {
    const f = await photographerFixture();
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
        <gallery-password-prompt gallery=${f.galleries.private} gallery-title="Private"></gallery-password-prompt>
      </foyer-provider>
    `);
    const prompt = provider.querySelector('gallery-password-prompt')!;
    await prompt.updateComplete;
    expect(textOf(prompt, 'button')).to.equal('Open Private');
    await expect(prompt).to.be.accessible();

    within(prompt, 'input').focus();
    await press('Enter');
    await shown(prompt, '[role="alert"]', 'Enter the gallery’s password.');

    await typeInto(within(prompt, 'input'), f.passwords.private);
    const signedIn = oneEvent<FoyerSignedInEvent>(prompt, 'foyer-signed-in');
    await press('Enter');
    expect((await signedIn).kind).to.equal('gallery');
    const view = await createFoyerApi({ server: f.api, getToken: () => provider.token }).publicGallery.open.query({
      workspace: f.workspace,
      galleryId: f.galleries.private,
    });
    expect(view.gallery.title).to.equal('Private');
  });

  it('after too many wrong passwords says to wait', async () => {
    const f = await photographerFixture();
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    for (let i = 0; i < 10; i++) {
      await anonymous.publicGallery.unlock.mutate({ workspace: f.workspace, galleryId: f.galleries.private, password: `wrong-${i}` }).catch(() => undefined);
    }
    const provider = await fixture<FoyerProvider>(html`
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
        <gallery-password-prompt gallery=${f.galleries.private} gallery-title="Private"></gallery-password-prompt>
      </foyer-provider>
    `);
    const prompt = provider.querySelector('gallery-password-prompt')!;
    await prompt.updateComplete;
    await typeInto(within(prompt, 'input'), f.passwords.private);
    await press('Enter');
    await shown(prompt, '[role="alert"]', 'Too many attempts. Wait a few minutes and try again.');
    expect(provider.token).to.equal(null);
    await expect(prompt).to.be.accessible();
  });
});
