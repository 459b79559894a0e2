import { expect } from '@open-wc/testing';
import { photographerFixture } from '../../test-support/fixtures.js';
import { announced, anonymousApi, control, mountList, openAccess, ownerApi, recordClipboard, text, wait } from '../../test-support/access-manager.js';

describe('client-access-manager: showing a code again', () => {
  let clipboard: string[];
  let restoreClipboard: () => void;
  beforeEach(() => {
    ({ copied: clipboard, restore: restoreClipboard } = recordClipboard());
  });
  afterEach(() => restoreClipboard());

  it('shows an access’s code at any time, to copy or send, and the new one after a rotation', async () => {
    const f = await photographerFixture();
    const { root } = await mountList(f);
    await openAccess(root, 'Wedding');
    expect(root.textContent).to.not.include(f.accesses.wedding.code);
    control(root, 'Show code').click();
    await wait(() => root.querySelector('[part~="share"]'), 'the code is shown');
    expect(text(root.querySelector('#shared-code'))).to.equal(f.accesses.wedding.code);
    expect(text(root.querySelector('[part~="share"]'))).to.include('You can show it here again at any time');
    expect(root.activeElement?.id).to.equal('share-heading');
    control(root, 'Copy code').click();
    await wait(() => announced(root) === 'Code copied.', 'the copy is announced');
    expect(clipboard).to.deep.equal([f.accesses.wedding.code]);
    control(root, 'Done').click();
    await wait(() => !root.querySelector('[part~="share"]'), 'the panel closes');

    // Rotated behind the element's back: showing it again shows the code that works now.
    const rotated = await ownerApi(f).accesses.rotateCode.mutate({ workspace: f.workspace, accessId: f.accesses.wedding.id, code: 'Bryllup-Øye-2026' });
    control(root, 'Show code').click();
    await wait(() => text(root.querySelector('#shared-code')) === 'bryllup-øye-2026', 'the new code is shown');
    expect(rotated.code).to.equal('bryllup-øye-2026');
    const session = await anonymousApi(f).client.signIn.mutate({ workspace: f.workspace, code: 'BRYLLUP-ØYE-2026' });
    expect(session.accessName).to.equal('Wedding');
  });
});
