import { expect, waitUntil } from '@open-wc/testing';

/**
 * A site loads the built entry points (`@foyer/elements/<tag>.js` is `dist/<tag>.js`), so these
 * tests load them as it does, each in a fresh frame with its own registry of tags: importing
 * one element registers that element and what it needs, and nothing else. Run after the build.
 */
const every = [
  'foyer-provider',
  'client-access-login',
  'gallery-overview',
  'gallery-password-prompt',
  'gallery-direct-link',
  'foyer-sign-in',
  'client-access-manager',
  'role-picker',
  'account-switcher',
  'contacts-table',
  'contact-activation',
  'team-members',
  'activity-log',
  'sales-dashboard',
  'password-field',
  'master-account',
  'master-users',
  'master-registration',
  'linked-accounts',
  'account-link-confirmation',
  'ticket-table',
  'transaction-table',
  'report-view',
  'account-security',
  'password-reset',
  'account-sign-up',
  'email-change-confirmation',
  'invitation-accept',
  'role-editor',
  'terms-manager',
  'gallery-manager',
];

/** What each entry registers besides its own tag: the provider, and the tags it renders. */
const needs: Record<string, string[]> = {
  'foyer-provider': [],
  'gallery-direct-link': ['foyer-provider', 'gallery-password-prompt'],
  'client-access-manager': ['foyer-provider', 'gallery-overview'],
  'contact-activation': ['foyer-provider', 'foyer-sign-in', 'password-field'],
  'password-field': [],
  'master-registration': ['foyer-provider', 'password-field'],
  'team-members': ['foyer-provider', 'role-picker'],
  'master-users': ['foyer-provider', 'role-picker'],
  'account-security': ['foyer-provider', 'password-field'],
  'password-reset': ['foyer-provider', 'foyer-sign-in', 'password-field'],
  'account-sign-up': ['foyer-provider', 'foyer-sign-in', 'password-field'],
  'email-change-confirmation': ['foyer-provider', 'foyer-sign-in'],
  'invitation-accept': ['foyer-provider', 'foyer-sign-in', 'password-field'],
  'role-editor': ['foyer-provider', 'role-picker'],
  'terms-manager': ['foyer-provider'],
  'gallery-manager': ['foyer-provider'],
};

interface LoadedFrame {
  window: Window & typeof globalThis;
  /** The Foyer tags the frame's registry knows. */
  defined: string[];
  /** Every file the frame fetched, as paths. */
  fetched: () => string[];
}

/** A fresh frame that runs `script` as a module; resolves once it ran (or failed to load). */
async function frameRunning(script: string): Promise<LoadedFrame> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">${script}\nwindow.ran = true;</script>`;
  document.body.append(frame);
  await waitUntil(() => (frame.contentWindow as { ran?: boolean } | null)?.ran === true, 'the entry did not load', { timeout: 10000 });
  const win = frame.contentWindow as Window & typeof globalThis;
  return {
    window: win,
    defined: every.filter((tag) => win.customElements.get(tag) !== undefined),
    fetched: () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  };
}

const isTranslation = (path: string) => /\/dist\/chunks\/(de|nb|hu)-[A-Z0-9]+\.js$/.test(path);

describe('entry points', () => {
  before(async () => {
    const built = await fetch('/dist/foyer-provider.js', { method: 'HEAD' });
    expect(built.ok, 'dist/foyer-provider.js: build the package (npm run build) before these tests').to.equal(true);
  });

  for (const tag of every) {
    it(`importing ${tag}.js registers <${tag}> and only what it needs`, async () => {
      const frame = await frameRunning(`import '/dist/${tag}.js';`);
      const expected = [...new Set([...(needs[tag] ?? ['foyer-provider']), tag])];
      expect(frame.defined.sort()).to.deep.equal(expected.sort());
      expect(frame.fetched().filter(isTranslation), 'translations fetched').to.deep.equal([]);
    });
  }

  it('the index registers every element', async () => {
    const frame = await frameRunning(`import '/dist/index.js';`);
    expect(frame.defined.sort()).to.deep.equal([...every].sort());
  });

  it('the chart’s code is a chunk of its own: neither the index nor the sales dashboard’s entry loads it before a dashboard is shown', async () => {
    const isChart = (path: string) => /\/dist\/chunks\/bar-chart-[A-Z0-9]+\.js$/.test(path);
    const all = await frameRunning(`import '/dist/index.js';`);
    expect(all.fetched().filter(isChart), 'fetched by the index').to.deep.equal([]);
    const page = await frameRunning(`
      import '/dist/sales-dashboard.js';
      document.body.innerHTML = '<sales-dashboard></sales-dashboard>';`);
    expect(page.fetched().filter(isChart), 'fetched before a dashboard is shown').to.deep.equal([]);
  });

  it('the QR code’s encoder is a chunk of its own: no entry loads it before a second factor is set up', async () => {
    const isQr = (path: string) => /\/dist\/chunks\/qr-code-[A-Z0-9]+\.js$/.test(path);
    for (const entry of ['index', 'account-security', 'foyer-sign-in', 'contact-activation']) {
      const page = await frameRunning(`
        import '/dist/${entry}.js';
        document.body.innerHTML = '<foyer-provider persist="none"><account-security></account-security><foyer-sign-in></foyer-sign-in></foyer-provider>';`);
      expect(page.fetched().filter(isQr), `fetched by ${entry}.js`).to.deep.equal([]);
    }
  });

  it('the security page fetches the QR code’s encoder once a second factor’s setup begins, and draws the code', async () => {
    const isQr = (path: string) => /\/dist\/chunks\/qr-code-[A-Z0-9]+\.js$/.test(path);
    const frame = await frameRunning(`
      import '/dist/account-security.js';
      const f = await (await fetch('/fixture/own-account', { method: 'POST' })).json();
      document.body.innerHTML = '<foyer-provider persist="none"><account-security></account-security></foyer-provider>';
      const provider = document.querySelector('foyer-provider');
      provider.server = f.api;
      provider.token = f.person.token;
      window.fixture = f;`);
    const doc = frame.window.document;
    const root = () => doc.querySelector('account-security')!.shadowRoot!;
    await waitUntil(() => root().querySelector('#set-up'), 'the second factor’s section loads', { timeout: 10000 });
    expect(frame.fetched().filter(isQr), 'fetched before the setup').to.deep.equal([]);
    root().querySelector<HTMLButtonElement>('#set-up')!.click();
    await waitUntil(() => root().querySelector('#enrol-password'));
    root().querySelector<HTMLInputElement>('#enrol-password')!.value = (frame.window as unknown as { fixture: { person: { password: string } } }).fixture.person.password;
    root().querySelector<HTMLFormElement>('form.enrolment')!.requestSubmit();
    await waitUntil(() => root().querySelector('svg[part="qr"] path'), 'the QR code is drawn', { timeout: 10000 });
    expect(frame.fetched().filter(isQr)).to.have.length(1);
  });

  it('an English page fetches no translation, and setting a language fetches only its own', async () => {
    const frame = await frameRunning(`
      import '/dist/foyer-provider.js';
      import '/dist/client-access-login.js';
      import '/dist/gallery-overview.js';
      import { configureFoyerLocales } from '/dist/localization.js';
      window.locales = configureFoyerLocales({ initialLocale: 'en-GB' });`);
    const locales = (frame.window as unknown as { locales: { setLocale(l: string): Promise<void>; getLocale(): string } }).locales;
    expect(locales.getLocale()).to.equal('en');
    expect(frame.fetched().filter(isTranslation)).to.deep.equal([]);

    // The built templates and styles render: the login's label, and its form laid out by its styles.
    const doc = frame.window.document;
    doc.body.innerHTML = '<foyer-provider persist="none"><client-access-login></client-access-login></foyer-provider>';
    const login = doc.querySelector('client-access-login') as HTMLElement & { updateComplete: Promise<boolean> };
    await login.updateComplete;
    const label = () => login.shadowRoot?.querySelector('[part="label"]')?.textContent?.trim();
    expect(label()).to.equal('Access code');
    const form = login.shadowRoot!.querySelector('[part="form"]')!;
    expect(frame.window.getComputedStyle(form).display).to.equal('grid');
    expect(frame.window.getComputedStyle(form).maxWidth).to.equal('384px');

    await locales.setLocale('de-DE');
    expect(locales.getLocale()).to.equal('de');
    const fetched = frame.fetched().filter(isTranslation);
    expect(fetched).to.have.length(1);
    expect(fetched[0]).to.match(/\/de-[A-Z0-9]+\.js$/);
    await waitUntil(() => label() === 'Zugangscode', 'the login speaks German');
  });

  it('the package exports each entry point with its types', async () => {
    const manifest = (await (await fetch('/package.json')).json()) as { exports: Record<string, { types: string; default: string } | string> };
    for (const name of [...every, 'localization']) {
      const entry = manifest.exports[`./${name}.js`];
      if (!entry || typeof entry === 'string') throw new Error(`package.json exports lacks ./${name}.js with types`);
      for (const file of [entry.default, entry.types]) {
        const response = await fetch(file.replace(/^\./, ''), { method: 'HEAD' });
        expect(response.ok, file).to.equal(true);
      }
    }
  });
});
