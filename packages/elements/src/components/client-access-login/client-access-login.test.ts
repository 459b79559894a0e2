import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import type { FoyerSignedInEvent } from '../../events/foyer-signed-in-event.js';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import { photographerFixture, type PhotographerFixture } from '../../test-support/fixtures.js';
import { press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import type { ClientAccessLogin } from './client-access-login.js';
import '../foyer-provider/define.js';
import './define.js';

async function loginPage(f: PhotographerFixture, attributes: { codeFromLink?: boolean } = {}) {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
      <client-access-login ?code-from-link=${attributes.codeFromLink ?? false}></client-access-login>
    </foyer-provider>
  `);
  const login = provider.querySelector('client-access-login')!;
  await login.updateComplete;
  return { provider, login };
}

async function submitCode(login: ClientAccessLogin, code: string): Promise<void> {
  await retype(within<HTMLInputElement>(login, 'input'), code);
  await press('Enter');
}

describe('client-access-login', () => {
  it('shows a labelled code field and a button, and is accessible', async () => {
    const f = await photographerFixture();
    const { login } = await loginPage(f);
    const input = within<HTMLInputElement>(login, 'input');
    expect(within(login, `label[for="${input.id}"]`).textContent).to.equal('Access code');
    expect(textOf(login, 'button')).to.equal('Show my galleries');
    await expect(login).to.be.accessible();
  });

  it('a wrong code gets the same answer as a disabled code', async () => {
    const f = await photographerFixture();
    const { provider, login } = await loginPage(f);
    await submitCode(login, 'no-such-code-here');
    const alert = await shown(login, '[role="alert"]', /not valid/);
    const wrong = alert.textContent;
    expect(wrong).to.equal('This access code is not valid. Check it, or ask for a new one.');

    await submitCode(login, f.accesses.disabled.code);
    await waitUntil(() => !within(login, 'button').hasAttribute('disabled'));
    expect(within(login, '[role="alert"]').textContent).to.equal(wrong);
    expect(within(login, 'input').getAttribute('aria-invalid')).to.equal('true');
    expect(provider.token).to.equal(null);
    await expect(login).to.be.accessible();
  });

  it('a correct code typed in capitals signs the client in, and the form makes way', async () => {
    const f = await photographerFixture();
    const { provider, login } = await loginPage(f);
    await typeInto(within(login, 'input'), f.accesses.wedding.code.toUpperCase());
    const signedIn = oneEvent<FoyerSignedInEvent>(login, 'foyer-signed-in');
    within(login, 'button').click();
    // Busy while the server checks the code: the button cannot be pressed twice.
    await login.updateComplete;
    expect(within(login, 'button').hasAttribute('disabled')).to.equal(true);
    expect(textOf(login, 'button')).to.equal('Opening your galleries…');
    const event = await signedIn;
    expect(event.kind).to.equal('access');
    expect(provider.token).to.be.a('string');
    await login.updateComplete;
    expect(login.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(login).to.be.accessible();
  });

  it('an empty code is not sent, and the field says what is missing', async () => {
    const f = await photographerFixture();
    const { login } = await loginPage(f);
    within(login, 'input').focus();
    await press('Enter');
    await shown(login, '[role="alert"]', 'Enter your access code.');
    await expect(login).to.be.accessible();
  });

  it('too many wrong codes are answered with "too many attempts"', async () => {
    const f = await photographerFixture();
    const { login } = await loginPage(f);
    const anonymous = createFoyerApi({ server: f.api, getToken: () => null });
    for (let i = 0; i < 10; i++) {
      await anonymous.client.signIn.mutate({ workspace: f.workspace, code: `wrong-code-${i}` }).catch(() => undefined);
    }
    await submitCode(login, f.accesses.wedding.code);
    await shown(login, '[role="alert"]', 'Too many attempts. Wait a few minutes and try again.');
    await expect(login).to.be.accessible();
  });

  it('with code-from-link, signs in by itself with the code in the page address', async () => {
    const f = await photographerFixture();
    const before = location.href;
    history.replaceState(null, '', `#code=${encodeURIComponent(f.accesses.wedding.code)}`);
    try {
      const { provider, login } = await loginPage(f, { codeFromLink: true });
      await waitUntil(() => provider.token !== null, 'the code in the link was not used');
      await login.updateComplete;
      expect(login.shadowRoot!.querySelector('form')).to.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('two logins on one page sign in to their own workspaces', async () => {
    const first = await photographerFixture();
    const second = await photographerFixture();
    // Two fixtures rooted at the providers: both sit on this one page.
    const { provider: pa, login: a } = await loginPage(first);
    const { provider: pb, login: b } = await loginPage(second);
    await a.updateComplete;
    // The first workspace's code means nothing in the second.
    await submitCode(b, first.accesses.wedding.code);
    await shown(b, '[role="alert"]', /not valid/);
    await submitCode(a, first.accesses.wedding.code);
    await waitUntil(() => pa.token !== null);
    expect(pb.token).to.equal(null);
    await expect(a).to.be.accessible();
    await expect(b).to.be.accessible();
  });
});
