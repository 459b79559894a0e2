import { expect, fixture, html } from '@open-wc/testing';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { secondFactorRequiredFixture } from '../../test-support/account-fixtures.js';
import { press, shown, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

// A page of its own: the setup's module is fetched once per page, so no other test may have fetched it.
performance.setResourceTimingBufferSize(10_000);
const setupFetched = () => performance.getEntriesByType('resource').some((entry) => /\/second-factor\/enrolment\.(js|ts)\b/.test(entry.name));

async function signIn(f: { api: string; member: { email: string; password: string } }, workspace: string) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${workspace} persist="none"><foyer-sign-in></foyer-sign-in></foyer-provider>
  `);
  const element = provider.querySelector('foyer-sign-in')!;
  await element.updateComplete;
  await typeInto(within(element, 'input[name="email"]'), f.member.email);
  await typeInto(within(element, 'input[name="password"]'), f.member.password);
  await press('Enter');
  return element;
}

describe('foyer-sign-in fetches the second factor’s setup only for a sign-in that may need it', () => {
  it('signs in without a workspace without it, and fetches it once the password is sent where a workspace requires a factor', async () => {
    const f = await secondFactorRequiredFixture();
    const plain = await signIn(f, '');
    await shown(plain, '[part="status"]', `Signed in as Mads Member (${f.member.email})`);
    expect(setupFetched(), 'a sign-in outside a workspace fetched the setup').to.equal(false);

    const required = await signIn(f, f.workspace);
    await shown(required, 'svg[part="qr"]');
    expect(setupFetched()).to.equal(true);
  });
});
