import { expect } from '@open-wc/testing';
import { photographerFixture } from '../../test-support/fixtures.js';
import { control, field, mount, openAccess, ownerApi, text, wait } from '../../test-support/access-manager.js';

describe('client-access-manager downloads setting', () => {
  it('the owner allows downloads in the access form and reads the setting in the access', async () => {
    const f = await photographerFixture();
    const { el, root } = await mount(f);
    await wait(() => root.querySelector('table'), 'the list of accesses shows');
    await openAccess(root, 'Landscapes');
    const fact = () =>
      [...root.querySelectorAll('[part~="facts"] > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`).find((t) => t.startsWith('Downloads'));
    expect(fact()).to.equal('Downloads: Not allowed');
    control(root, 'Edit').click();
    await wait(() => root.querySelector('#access-downloads'), 'the form opens');
    const box = field(root, 'Allow downloads') as HTMLInputElement;
    expect(box.checked).to.equal(false);
    await expect(el).to.be.accessible();
    box.click();
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
    await wait(() => fact() === 'Downloads: Allowed', 'the access says downloads are allowed');
    const access = await ownerApi(f).accesses.get.query({ workspace: f.workspace, accessId: f.accesses.landscapes.id });
    expect(access.access.downloads).to.equal(true);
  });
});
