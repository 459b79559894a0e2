import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError } from '@foyer/client';
import type { FoyerProvider } from '../foyer-provider/foyer-provider.js';
import type { PasswordField } from '../password-field/password-field.js';
import type { AccountSecurity } from './account-security.js';
import { accountMail, ownAccountFixture, type OwnAccountFixture } from '../../test-support/account-fixtures.js';
import { totp } from '../../test-support/totp.js';
import { allWithin, deepActiveElement, press, retype, shown, textOf, typeInto, within } from '../../test-support/interaction.js';
import '../foyer-provider/define.js';
import './define.js';

/** A new session of the person, made as their browser makes one: the real sign-in. */
async function signIn(f: OwnAccountFixture, password = f.person.password): Promise<string> {
  const result = await createFoyerApi({ server: f.api, getToken: () => null }).identity.signIn.mutate({ email: f.person.email, password });
  if (result.secondFactorRequired) throw new Error('expected a session without a second factor');
  return result.token;
}

/** Whether a session still works: "signed in", or the server's refusal. */
function sessionState(f: OwnAccountFixture, token: string): Promise<string> {
  return createFoyerApi({ server: f.api, getToken: () => token })
    .identity.me.query()
    .then(
      () => 'signed in',
      (error: unknown) => describeError(error).code,
    );
}

/** The security page in a provider holding `token`, once every section has loaded. */
async function securityPage(f: OwnAccountFixture, token: string): Promise<AccountSecurity> {
  const provider = await fixture<FoyerProvider>(html`<foyer-provider server=${f.api} persist="none"><account-security></account-security></foyer-provider>`);
  provider.token = token;
  const page = provider.querySelector('account-security')!;
  await shown(page, '.sessions');
  await shown(page, '#set-up');
  return page;
}

const sessionItems = (page: AccountSecurity) => allWithin<HTMLLIElement>(page, '[part~="session"]');
const button = (host: Element, name: string) => {
  const found = allWithin<HTMLButtonElement>(host, 'button').find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

describe('account-security', () => {
  it('lists where the person is signed in with this device marked, ends one session, and all others after a confirmation', async () => {
    const f = await ownAccountFixture();
    const laptop = await signIn(f);
    const here = await signIn(f);
    const page = await securityPage(f, here);
    await expect(page).to.be.accessible();

    const items = sessionItems(page);
    expect(items).to.have.length(3);
    const current = items.filter((li) => li.part.contains('session-current'));
    expect(current).to.have.length(1);
    expect(current[0]).to.equal(items[0]);
    expect(current[0]!.textContent).to.contain('This device');
    expect(current[0]!.textContent).to.contain('Chrome on Linux');
    expect(current[0]!.querySelector('button'), 'this device offers no end of its own').to.equal(null);
    for (const li of items) expect(li.textContent).to.match(/Last active .+ · Signed in /);

    // The laptop's session is the other one this browser opened; the fixture's own has no browser.
    const laptopItem = items.find((li) => li !== current[0] && li.textContent!.includes('Chrome on Linux'))!;
    const end = laptopItem.querySelector('button')!;
    expect(end.getAttribute('aria-describedby')).to.equal(laptopItem.querySelector('.session-text')!.id);
    end.focus();
    await press('Enter');
    await shown(page, '[part="message"]', 'The session of Chrome on Linux was ended.');
    await waitUntil(() => sessionItems(page).length === 2, 'the ended session leaves the list');
    expect(await sessionState(f, laptop)).to.equal('NOT_SIGNED_IN');
    expect(await sessionState(f, here)).to.equal('signed in');
    expect(page.shadowRoot!.contains(deepActiveElement())).to.equal(true);

    // All others at once: the dialog says what happens, Escape keeps everything, Enter on its button ends them.
    const endOthers = button(page, 'End all other sessions');
    endOthers.focus();
    await press('Enter');
    const dialog = await shown<HTMLDialogElement>(page, 'dialog[open]');
    expect(textOf(page, '#end-others-body')).to.equal('You are signed out at once on the 1 other device or browser where you are signed in. This device stays signed in.');
    await expect(page).to.be.accessible();
    await press('Escape');
    await waitUntil(() => !dialog.open, 'Escape closes the dialog');
    expect(deepActiveElement()).to.equal(endOthers);
    expect(sessionItems(page)).to.have.length(2);

    await press('Enter');
    await waitUntil(() => dialog.open);
    expect(deepActiveElement()?.textContent?.trim(), 'Cancel takes focus first').to.equal('Cancel');
    await press('Tab');
    expect(deepActiveElement()?.textContent?.trim()).to.equal('End other sessions');
    await press('Enter');
    await shown(page, '[part="message"]', '1 other session was ended.');
    await waitUntil(() => sessionItems(page).length === 1);
    expect(textOf(page, '.section')).to.contain('You are signed in nowhere else.');
    expect(await sessionState(f, f.person.token)).to.equal('NOT_SIGNED_IN');
    expect(await sessionState(f, here)).to.equal('signed in');
    await expect(page).to.be.accessible();
  });

  it('changes the password only with the current one, under the server’s rules, and says the other sessions ended', async () => {
    const f = await ownAccountFixture();
    const here = await signIn(f);
    const page = await securityPage(f, here);
    const field = within<PasswordField>(page, 'password-field');
    // The person owns a workspace that asks two of each kind of character: the field lists those rules.
    await waitUntil(() => (field.shadowRoot?.querySelectorAll('[part~="rule"]').length ?? 0) >= 5, 'the server’s five rules are listed');
    expect(textOf(page, '#password-hint')).to.equal('Changing your password signs you out everywhere else. This device stays signed in.');
    const submit = within<HTMLButtonElement>(page, '#password-title ~ form button[type="submit"]');
    const current = within<HTMLInputElement>(page, '#current-password');
    const newPassword = 'Brand-New Pass 77!';

    await typeInto(current, 'not my password');
    await typeInto(within(field, '#password'), 'only lower case letters');
    await typeInto(within(field, '#repeat'), 'only lower case letters');
    expect(submit.disabled, 'a password that misses a rule cannot be sent').to.equal(true);
    await retype(within<HTMLInputElement>(field, '#password'), newPassword);
    await retype(within<HTMLInputElement>(field, '#repeat'), newPassword);
    await waitUntil(() => !submit.disabled, 'every rule holds');
    await press('Enter');
    await shown(page, '#current-password-error', 'Your current password is not correct.');
    expect(current.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(current);
    expect(await signIn(f, f.person.password).then(() => 'old one works')).to.equal('old one works');
    await expect(page).to.be.accessible();

    await retype(current, f.person.password);
    await press('Enter');
    // The sign-ins above and the fixture's are the others that end; this one stays.
    await shown(page, '#password-title ~ [part="message"]', 'Your password was changed, and 2 other sessions were signed out.');
    await waitUntil(() => sessionItems(page).length === 1, 'the list is read again: only this device is left');
    expect(await sessionState(f, here)).to.equal('signed in');
    expect(await sessionState(f, f.person.token)).to.equal('NOT_SIGNED_IN');
    expect(await signIn(f, newPassword).then(() => 'new one works')).to.equal('new one works');
    expect(current.value, 'the form is emptied').to.equal('');
  });

  it('asks for a new email address with the password, and says nothing changes until the mailed link is followed', async () => {
    const f = await ownAccountFixture();
    const page = await securityPage(f, await signIn(f));
    expect(textOf(page, '#email-title ~ p')).to.equal(`You sign in with ${f.person.email}.`);
    const renamed = `renamed-${f.workspace}@example.com`;
    await typeInto(within(page, '#new-email'), renamed);
    await typeInto(within(page, '#email-password'), 'wrong password');
    await press('Enter');
    await shown(page, '#email-password-error', 'Your current password is not correct.');
    expect((await accountMail(renamed)).emailChangeLinks).to.equal(0);

    await retype(within<HTMLInputElement>(page, '#email-password'), f.person.password);
    await press('Enter');
    await shown(page, '#email-title ~ [part="message"]', `A link was sent to ${renamed}. Nothing changes until you follow it: until then you sign in with ${f.person.email}.`);
    expect((await accountMail(renamed)).emailChangeLinks).to.equal(1);
    expect((await accountMail(f.person.email)).subjects).to.contain('A new email address was asked for your account');
    expect(await signIn(f).then(() => 'still the old address')).to.equal('still the old address');
    await expect(page).to.be.accessible();
  });

  it('sets up an authenticator app with the QR code or the key, shows the recovery codes once, makes new ones and turns it off', async () => {
    const f = await ownAccountFixture();
    const page = await securityPage(f, await signIn(f));
    expect(textOf(page, '#second-factor-title ~ p:not([part])')).to.match(/^Off\./);
    within(page, '#set-up').focus();
    await press('Enter');
    const password = await shown<HTMLInputElement>(page, '#enrol-password');
    await waitUntil(() => deepActiveElement() === password, 'focus moves to the password');
    await typeInto(password, 'not my password');
    await press('Enter');
    await shown(page, '#enrol-password-error', 'The password is not correct.');
    await retype(password, f.person.password);
    await press('Enter');

    const qr = await shown<SVGSVGElement>(page, 'svg[part="qr"]');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR code for your authenticator app');
    expect(qr.getAttribute('aria-describedby')).to.equal('enrol-key');
    expect(qr.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h\d+v1h-\d+z/);
    const key = textOf(page, '[part="key"]');
    expect(key).to.match(/^([A-Z2-7]{4} )+[A-Z2-7]{4}$/);
    const secret = key.replace(/ /g, '');
    await waitUntil(() => deepActiveElement() === within(page, '#enrol-scan-heading'), 'focus moves to the step’s heading');
    await expect(page).to.be.accessible();

    const right = await totp(secret);
    await typeInto(within(page, '#enrol-code'), right === '000000' ? '111111' : '000000');
    await press('Enter');
    await shown(page, '#enrol-code-error', 'This code is not correct, or it has been used already.');
    await retype(within<HTMLInputElement>(page, '#enrol-code'), right);
    await press('Enter');

    // The recovery codes, once: listed, downloadable as a text file, gone once put away.
    await shown(page, '[part="recovery-codes"]');
    const codes = allWithin(page, '.codes code').map((c) => c.textContent!.trim());
    expect(codes).to.have.length(10);
    for (const code of codes) expect(code).to.match(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(deepActiveElement()).to.equal(within(page, '#enrol-codes-heading'));
    const download = within<HTMLAnchorElement>(page, 'a[part~="download"]');
    expect(download.getAttribute('download')).to.equal('recovery-codes.txt');
    expect(download.href).to.match(/^blob:/);
    const file = await (await fetch(download.href)).text();
    expect(file).to.contain(`Recovery codes for ${f.person.email}`);
    for (const code of codes) expect(file).to.contain(code);
    button(page, 'Copy the codes').click();
    await shown(page, '[part="recovery-codes"] [part="status"]', /copied/);
    await expect(page).to.be.accessible();
    button(page, 'Done').focus();
    await press('Enter');
    await shown(page, '#second-factor-title ~ [part="message"]', 'The second factor is on.');
    await shown(page, '#second-factor-title ~ .muted', '10 recovery codes left.');
    expect(page.shadowRoot!.textContent).not.to.contain(codes[0]);

    // New recovery codes: the dialog says the old ones stop working; a recovery code proves the factor.
    button(page, 'Make new recovery codes').click();
    await shown(page, 'dialog[open]');
    expect(textOf(page, '#proof-body')).to.contain('Your old recovery codes stop working at once');
    expect(deepActiveElement()).to.equal(within(page, '#proof-password'));
    await typeInto(within(page, '#proof-password'), f.person.password);
    await typeInto(within(page, '#proof-code'), codes[0]!);
    await press('Enter');
    await shown(page, '#new-codes-heading');
    const fresh = allWithin(page, '.codes code').map((c) => c.textContent!.trim());
    expect(fresh).to.have.length(10);
    expect(fresh.some((c) => codes.includes(c))).to.equal(false);
    const anon = createFoyerApi({ server: f.api, getToken: () => null });
    const challenge = await anon.identity.signIn.mutate({ email: f.person.email, password: f.person.password });
    if (!challenge.secondFactorRequired) throw new Error('expected a challenge');
    const old = await anon.identity.signInSecondFactor.mutate({ challenge: challenge.challenge, recoveryCode: codes[1]! }).catch((e: unknown) => describeError(e).code);
    expect(old).to.equal('WRONG_SECOND_FACTOR_CODE');
    button(page, 'Done').click();
    await shown(page, '#second-factor-title ~ [part="message"]', 'Your new recovery codes are in force.');

    // Turning it off asks the password and a code, and says what it changes.
    button(page, 'Turn off').click();
    await shown(page, 'dialog[open]');
    expect(textOf(page, '#proof-body')).to.contain('Signing in then asks only for your password.');
    await typeInto(within(page, '#proof-password'), 'wrong password');
    await typeInto(within(page, '#proof-code'), fresh[0]!);
    await press('Enter');
    await shown(page, '#proof-password-error', 'Your current password is not correct.');
    await retype(within<HTMLInputElement>(page, '#proof-password'), f.person.password);
    await press('Enter');
    await shown(page, '#second-factor-title ~ [part="message"]', 'The second factor is off.');
    await shown(page, '#set-up');
    await waitUntil(() => deepActiveElement() === within(page, '#set-up'), 'focus moves to the setup');
    expect((await anon.identity.signIn.mutate({ email: f.person.email, password: f.person.password })).secondFactorRequired).to.equal(false);
    await expect(page).to.be.accessible();
  });

  it('leaves a setup given up on without a trace, and asks the person to sign in without a session', async () => {
    const f = await ownAccountFixture();
    const page = await securityPage(f, await signIn(f));
    within(page, '#set-up').click();
    await typeInto(await shown(page, '#enrol-password'), f.person.password);
    await press('Enter');
    await shown(page, 'svg[part="qr"]');
    button(page, 'Cancel').click();
    await shown(page, '#set-up');
    await waitUntil(() => deepActiveElement() === within(page, '#set-up'), 'focus goes back to the setup button');
    expect(page.shadowRoot!.querySelector('[part="key"]')).to.equal(null);
    const status = await createFoyerApi({ server: f.api, getToken: () => f.person.token }).identity.secondFactor.status.query();
    expect(status.enabled).to.equal(false);

    const signedOut = await fixture<FoyerProvider>(html`<foyer-provider server=${f.api} persist="none"><account-security></account-security></foyer-provider>`);
    const empty = signedOut.querySelector('account-security')!;
    await empty.updateComplete;
    expect(textOf(empty, '[part="loading"]')).to.equal('Sign in to see your account’s security.');
  });
});
