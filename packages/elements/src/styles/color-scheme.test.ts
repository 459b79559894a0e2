import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { Chart } from 'chart.js';
import { marketplaceDashboardFixture } from '../test-support/marketplace-fixtures.js';
import { ticketDeskFixture } from '../test-support/ticket-fixtures.js';
import { type PhotographerFixture, photographerFixture } from '../test-support/fixtures.js';
import { press, typeInto, within } from '../test-support/interaction.js';
import '../index.js';

/** The colors of the login's text, field and button in each scheme, as the browser computes them. */
const light = { text: 'rgb(31, 35, 40)', field: 'rgb(255, 255, 255)', button: 'rgb(11, 107, 203)' };
const dark = { text: 'rgb(230, 237, 243)', field: 'rgb(22, 27, 34)', button: 'rgb(68, 147, 248)' };
/** Muted text (hints, column headings) in the dark set. */
const darkMuted = 'rgb(145, 152, 161)';

/** Every element that draws something (the provider only connects). */
const visualTags = [
  'client-access-login',
  'gallery-overview',
  'gallery-direct-link',
  'gallery-password-prompt',
  'foyer-sign-in',
  'client-access-manager',
  'team-members',
  'activity-log',
  'sales-dashboard',
  'role-picker',
  'account-switcher',
  'contacts-table',
  'contact-activation',
  'password-field',
  'master-account',
  'master-users',
  'master-registration',
  'linked-accounts',
  'account-link-confirmation',
  'ticket-table',
  'ticket-detail',
  'transaction-table',
  'report-view',
] as const;

let f: PhotographerFixture;

/** A login inside a provider, inside a wrapper standing for the page around it. */
async function loginIn(wrapper: { theme?: string; style?: string } = {}) {
  const page = await fixture<HTMLDivElement>(html`
    <div data-foyer-theme=${wrapper.theme ?? ''} style=${wrapper.style ?? ''}>
      <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
        <client-access-login></client-access-login>
      </foyer-provider>
    </div>
  `);
  const login = page.querySelector('client-access-login')!;
  await login.updateComplete;
  return { page, login };
}

/** What a visitor sees of the login: the label's text, the code field's and the button's background. */
function colorsOf(login: Element) {
  const root = login.shadowRoot!;
  return {
    text: getComputedStyle(root.querySelector('label')!).color,
    field: getComputedStyle(root.querySelector('input')!).backgroundColor,
    button: getComputedStyle(root.querySelector('button')!).backgroundColor,
  };
}

/** Loads the theme stylesheet into the page, as a site does with a <link>; the returned function removes it. */
async function withThemeStylesheet(): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('./themes/default.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** Colors written as literals in a stylesheet, as opposed to read from a token. */
const literalColor = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|gr[ae]y|silver|red|green|blue|yellow|orange|purple)\b/i;

/** Each declaration of an element's own stylesheets that writes a color literally, as `selector { property: value }`. */
function literalColorsIn(tag: string): string[] {
  const found: string[] = [];
  const element = customElements.get(tag) as unknown as typeof LitElement;
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const property of rule.style) {
          const value = rule.style.getPropertyValue(property);
          // The tokens' own defaults: a private property that reads the token first.
          if (property.startsWith('--_') && value.trim().startsWith('var(--foyer-')) continue;
          if (literalColor.test(value)) found.push(`${rule.selectorText} { ${property}: ${value.trim()} }`);
        }
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const style of element.elementStyles) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (sheet) visit(sheet.cssRules);
  }
  return found;
}

describe('the light and dark color schemes', () => {
  before(async () => {
    f = await photographerFixture();
  });
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it('on a page that offers both schemes, the elements follow the visitor’s system setting', async () => {
    const { login } = await loginIn({ style: 'color-scheme: light dark' });
    await emulateMedia({ colorScheme: 'light' });
    expect(colorsOf(login)).to.deep.equal(light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorsOf(login)).to.deep.equal(dark);
  });

  it('on a page that is only light, a dark system setting leaves the elements light', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { login } = await loginIn();
    expect(colorsOf(login)).to.deep.equal(light);
  });

  it('data-foyer-theme="dark" from the theme stylesheet turns the elements dark on a light system', async () => {
    const remove = await withThemeStylesheet();
    try {
      await emulateMedia({ colorScheme: 'light' });
      const { login } = await loginIn({ theme: 'dark' });
      expect(colorsOf(login)).to.deep.equal(dark);
    } finally {
      remove();
    }
  });

  it('data-foyer-theme="light" wins over a dark system setting, even on a page that offers both', async () => {
    const remove = await withThemeStylesheet();
    try {
      await emulateMedia({ colorScheme: 'dark' });
      const { login } = await loginIn({ theme: 'light', style: 'color-scheme: light dark' });
      expect(colorsOf(login)).to.deep.equal(light);
    } finally {
      remove();
    }
  });

  it('data-foyer-theme="system" follows the system setting on a page that is otherwise light', async () => {
    const remove = await withThemeStylesheet();
    try {
      const { login } = await loginIn({ theme: 'system' });
      await emulateMedia({ colorScheme: 'light' });
      expect(colorsOf(login)).to.deep.equal(light);
      await emulateMedia({ colorScheme: 'dark' });
      expect(colorsOf(login)).to.deep.equal(dark);
    } finally {
      remove();
    }
  });

  it('the attribute on one element themes that element alone', async () => {
    const remove = await withThemeStylesheet();
    try {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <client-access-login data-foyer-theme="dark"></client-access-login>
          <client-access-login></client-access-login>
        </div>
      `);
      const [darkLogin, lightLogin] = [...page.querySelectorAll('client-access-login')];
      await Promise.all([darkLogin!.updateComplete, lightLogin!.updateComplete]);
      expect(colorsOf(darkLogin!)).to.deep.equal(dark);
      expect(colorsOf(lightLogin!)).to.deep.equal(light);
    } finally {
      remove();
    }
  });

  it('without any stylesheet, --foyer-color-scheme forces a scheme either way', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const forcedDark = await loginIn({ style: '--foyer-color-scheme: dark' });
    expect(colorsOf(forcedDark.login)).to.deep.equal(dark);

    await emulateMedia({ colorScheme: 'dark' });
    const forcedLight = await loginIn({ style: 'color-scheme: light dark; --foyer-color-scheme: light' });
    expect(colorsOf(forcedLight.login)).to.deep.equal(light);
  });

  it('the theme stylesheet carries the same colors as the elements’ own defaults, in both schemes', async () => {
    const { login } = await loginIn({ style: 'color-scheme: light dark' });
    const remove = await withThemeStylesheet();
    try {
      await emulateMedia({ colorScheme: 'light' });
      expect(colorsOf(login)).to.deep.equal(light);
      await emulateMedia({ colorScheme: 'dark' });
      expect(colorsOf(login)).to.deep.equal(dark);
    } finally {
      remove();
    }
  });

  it('a token set by the page may give its own color for each scheme', async () => {
    const { login } = await loginIn({ style: 'color-scheme: light dark; --foyer-color-accent: light-dark(#8a4b2f, #e0a27f)' });
    await emulateMedia({ colorScheme: 'light' });
    expect(colorsOf(login).button).to.equal('rgb(138, 75, 47)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(colorsOf(login).button).to.equal('rgb(224, 162, 127)');
  });

  it('the dark login on a dark page is readable and accessible', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { login } = await loginIn({ style: 'color-scheme: light dark; background: #0d1117; padding: 1rem' });
    expect(colorsOf(login)).to.deep.equal(dark);
    await expect(login).to.be.accessible();
  });

  it('a client’s galleries in the dark scheme are readable and accessible', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="--foyer-color-scheme: dark; color-scheme: dark; background: #0d1117; padding: 1rem">
        <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
          <client-access-login></client-access-login>
          <gallery-overview></gallery-overview>
        </foyer-provider>
      </div>
    `);
    const login = page.querySelector('client-access-login')!;
    const overview = page.querySelector('gallery-overview')!;
    await login.updateComplete;
    await typeInto(within(login, 'input'), f.accesses.wedding.code);
    await press('Enter');
    await waitUntil(() => overview.shadowRoot!.querySelector('[part~="card"]'), 'no gallery card was shown', { timeout: 10000 });
    const card = within(overview, '[part~="card"]');
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(33, 40, 48)');
    expect(getComputedStyle(card).color).to.equal(dark.text);
    await expect(overview).to.be.accessible();
  });

  it('what an owner manages, in the dark scheme, is readable and accessible', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="--foyer-color-scheme: dark; color-scheme: dark; background: #0d1117; padding: 1rem">
        <foyer-provider server=${f.api} workspace=${f.workspace} persist="none">
          <client-access-manager></client-access-manager>
          <team-members></team-members>
          <activity-log></activity-log>
        </foyer-provider>
      </div>
    `);
    const provider = page.querySelector('foyer-provider') as HTMLElement & { token: string | null };
    provider.token = f.owner.token;
    for (const tag of ['client-access-manager', 'team-members', 'activity-log']) {
      const element = page.querySelector(tag)!;
      await waitUntil(() => element.shadowRoot?.querySelector('table'), `${tag} shows no table`, { timeout: 10000 });
      // Column headings are muted text: the dark set's, not the light one's.
      expect(getComputedStyle(within(element, 'thead th')).color, tag).to.equal(darkMuted);
      await expect(element).to.be.accessible();
    }
  });

  it('the sales dashboard paints its chart again in the other scheme when the system setting or the page’s scheme changes', async () => {
    const m = await marketplaceDashboardFixture();
    await emulateMedia({ colorScheme: 'light' });
    const page = await fixture<HTMLDivElement>(html`
      <div style="color-scheme: light dark">
        <foyer-provider server=${m.api} workspace=${m.workspace} persist="none"><sales-dashboard></sales-dashboard></foyer-provider>
      </div>
    `);
    (page.querySelector('foyer-provider') as HTMLElement & { token: string | null }).token = m.owner.token;
    const dashboard = page.querySelector('sales-dashboard')!;
    const firstColour = () => {
      const canvas = dashboard.shadowRoot?.querySelector('canvas');
      return canvas ? Chart.getChart(canvas)?.data.datasets[0]?.backgroundColor : undefined;
    };
    await waitUntil(() => firstColour() === light.button, 'the chart was not drawn in the light accent', { timeout: 10000 });
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => firstColour() === dark.button, 'the chart kept its light colours', { timeout: 3000 });
    // The page forcing a scheme is no media change: the chart follows its styles all the same.
    page.style.setProperty('--foyer-color-scheme', 'light');
    await waitUntil(() => firstColour() === light.button, 'the chart kept the system’s dark colours', { timeout: 3000 });
  });

  it('a master account’s tickets and transactions in the dark scheme are readable and accessible', async function () {
    this.timeout(60000);
    const desk = await ticketDeskFixture();
    const page = await fixture<HTMLDivElement>(html`
      <div style="--foyer-color-scheme: dark; color-scheme: dark; background: #0d1117; padding: 1rem">
        <foyer-provider server=${desk.api} persist="none">
          <ticket-table workspace=${desk.master.handle}></ticket-table>
          <transaction-table workspace=${desk.master.handle}></transaction-table>
        </foyer-provider>
      </div>
    `);
    (page.querySelector('foyer-provider') as HTMLElement & { token: string | null }).token = desk.owner.token;
    for (const tag of ['ticket-table', 'transaction-table']) {
      const element = page.querySelector(tag)!;
      await waitUntil(() => element.shadowRoot?.querySelector('[role="row"][aria-rowindex="2"]'), `${tag} shows no rows`, { timeout: 10000 });
      // Column headings are muted text: the dark set's, not the light one's.
      expect(getComputedStyle(within(element, '[role="columnheader"]')).color, tag).to.equal(darkMuted);
      expect(getComputedStyle(within(element, '[role="grid"]')).backgroundColor, tag).to.equal(dark.field);
      await expect(element).to.be.accessible();
    }
  });

  it('every element reads its colors from the tokens: none is written into its styles', () => {
    for (const tag of visualTags) {
      expect(literalColorsIn(tag), tag).to.deep.equal([]);
    }
  });

  it('every element turns dark when the page forces the dark scheme', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="--foyer-color-scheme: dark"></div>`);
    for (const tag of visualTags) {
      const element = document.createElement(tag) as LitElement;
      page.append(element);
      await element.updateComplete;
      const style = getComputedStyle(element);
      expect([style.colorScheme, style.color], tag).to.deep.equal(['dark', dark.text]);
    }
  });
});
