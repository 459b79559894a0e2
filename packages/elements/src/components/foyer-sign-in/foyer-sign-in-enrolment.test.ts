import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError } from '@foyer/client';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { secondFactorRequiredFixture, type SecondFactorRequiredFixture } from '../../test-support/account-fixtures.js';
import { totp } from '../../test-support/totp.js';
import { allWithin, deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

/** What the workspace answers a session: "allowed", or the refusal's code. */
function workspaceAnswer(f: SecondFactorRequiredFixture, token: string | null): Promise<string> {
  return createFoyerApi({ server: f.api, getToken: () => token })
    .permissions.mine.query({ workspace: f.workspace })
    .then(
      () => 'allowed',
      (error: unknown) => describeError(error).code,
    );
}

async function signInPage(f: SecondFactorRequiredFixture) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none"><foyer-sign-in></foyer-sign-in></foyer-provider>
  `);
  const signIn = provider.querySelector('foyer-sign-in')!;
  await signIn.updateComplete;
  await typeInto(within(signIn, 'input[name="email"]'), f.member.email);
  await typeInto(within(signIn, 'input[name="password"]'), f.member.password);
  await press('Enter');
  await shown(signIn, 'svg[part="qr"]');
  return { provider, signIn };
}

describe('foyer-sign-in where the workspace requires a second factor', () => {
  it('takes a member without one to its setup instead of a refusal, and signs in once it is on', async () => {
    const f = await secondFactorRequiredFixture();
    // The server refuses the member's password-only session everywhere in the workspace.
    const plain = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.member.email, password: f.member.password });
    if (plain.secondFactorRequired) throw new Error('the member has no second factor yet');
    expect(await workspaceAnswer(f, plain.token)).to.equal('SECOND_FACTOR_NOT_SET_UP');

    const { provider, signIn } = await signInPage(f);
    expect(textOf(signIn, '#enrol-scan-heading')).to.equal('Set up an authenticator app');
    expect(textOf(signIn, '.intro')).to.equal('This workspace requires a second factor. Set up an authenticator app now to finish signing in.');
    await waitUntil(() => deepActiveElement() === within(signIn, '#enrol-scan-heading'), 'focus moves to the setup');
    // Until the factor is on, the provider holds no session: no element acts on one the workspace refuses.
    expect(provider.token).to.equal(null);
    await expect(signIn).to.be.accessible();

    const secret = textOf(signIn, '[part="key"]').replace(/ /g, '');
    const right = await totp(secret);
    const code = within<HTMLInputElement>(signIn, '#enrol-code');
    await typeInto(code, right === '000000' ? '111111' : '000000');
    await press('Enter');
    await shown(signIn, '#enrol-code-error', 'This code is not correct');
    expect(provider.token).to.equal(null);
    await retype(code, right);
    await press('Enter');

    await shown(signIn, '[part="recovery-codes"]');
    expect(allWithin(signIn, '.codes code')).to.have.length(10);
    expect(provider.token, 'the codes are shown before the page moves on').to.equal(null);
    await expect(signIn).to.be.accessible();
    const signedIn = oneEvent<FoyerSignedInEvent>(signIn, 'foyer-signed-in');
    allWithin<HTMLButtonElement>(signIn, 'button')
      .find((b) => b.textContent!.trim() === 'Continue')!
      .focus();
    await press('Enter');
    expect((await signedIn).kind).to.equal('identity');
    await shown(signIn, '[part="status"]', `Signed in as Mads Member (${f.member.email})`);
    expect(await workspaceAnswer(f, provider.token)).to.equal('allowed');
    // From now on the account signs in with its code, as any account with a second factor.
    const next = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.member.email, password: f.member.password });
    expect(next.secondFactorRequired).to.equal(true);
  });

  it('goes back to email and password when the setup is given up, with nothing signed in or turned on', async () => {
    const f = await secondFactorRequiredFixture();
    const { provider, signIn } = await signInPage(f);
    allWithin<HTMLButtonElement>(signIn, 'button')
      .find((b) => b.textContent!.trim() === 'Cancel')!
      .click();
    const email = await shown<HTMLInputElement>(signIn, 'input[name="email"]');
    await waitUntil(() => deepActiveElement() === email, 'focus goes back to the email');
    expect(provider.token).to.equal(null);
    const again = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.member.email, password: f.member.password });
    expect(again.secondFactorRequired, 'nothing was turned on').to.equal(false);
  });
});
