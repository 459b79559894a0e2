// The theming page: the controls write Foyer's tokens, its color scheme and a ::part rule onto
// the preview box around the live elements, and show the CSS a site would write for the same.
// The tokens and their defaults are read from the theme stylesheet the page loaded, so the
// table lists exactly what the package ships. Styles go through the CSSOM, which the page's
// Content-Security-Policy allows; no inline style or script.
import { el, loadFacts } from './demo-facts.js';

const preview = document.querySelector('#preview');
const controls = document.querySelector('#controls');
const output = document.querySelector('#css-output');
const tokenControls = [...controls.querySelectorAll('[data-token]')];
/** The controls the visitor has moved; the others leave their token to the defaults. */
const changed = new Set();

/** The :root rule of themes/default.css, as token → [light, dark] (the same value twice when it is not a pair). */
function shippedTokens() {
  const sheet = [...document.styleSheets].find((s) => s.href?.endsWith('/themes/default.css'));
  const root = [...(sheet?.cssRules ?? [])].find((rule) => rule.selectorText === ':root');
  const tokens = new Map();
  for (const name of root?.style ?? []) {
    const value = root.style.getPropertyValue(name).trim();
    const pair = /^light-dark\((.+),\s*([^,]+)\)$/.exec(value);
    tokens.set(name, pair ? [pair[1].trim(), pair[2].trim()] : [value, value]);
  }
  return tokens;
}

const tokens = shippedTokens();

function swatch(color) {
  const box = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  box.style.setProperty('background', color);
  return box;
}

function showTokens() {
  const isColor = (name) => name.startsWith('--foyer-color-');
  const cell = (name, value) => el('td', {}, isColor(name) ? swatch(value) : null, el('code', {}, value));
  document
    .querySelector('#tokens')
    .replaceChildren(...[...tokens].map(([name, [light, dark]]) => el('tr', {}, el('th', { scope: 'row' }, el('code', {}, name)), cell(name, light), cell(name, dark))));
}

/** The scheme the preview shows now: the one chosen, or the system's when it follows the system. */
function shownScheme() {
  const chosen = controls.elements.scheme.value;
  if (chosen !== 'system') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** A color picker's value: #rrggbb only, so the shipped `#fff`-style values are spelled out. */
function pickerColor(value) {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : value;
}

/** Untouched color pickers show the default of the scheme on screen, so a first pick starts from it. */
function showDefaultsInPickers() {
  const half = shownScheme() === 'dark' ? 1 : 0;
  for (const control of tokenControls) {
    if (control.type !== 'color' || changed.has(control)) continue;
    const shipped = tokens.get(control.dataset.token);
    if (shipped && /^#[0-9a-f]{3,6}$/i.test(shipped[half])) control.value = pickerColor(shipped[half]);
  }
}

function tokenValue(control) {
  return `${control.value}${control.dataset.unit ?? ''}`;
}

function describeCss(scheme, declarations, parts) {
  const lines = [`<html data-foyer-theme="${scheme}">`, ''];
  if (declarations.length) lines.push(':root {', ...declarations.map((d) => `  ${d}`), '}');
  if (parts) {
    lines.push(
      'client-access-login::part(button),',
      'gallery-overview::part(sign-out),',
      'gallery-overview::part(back) {',
      '  border-radius: 999px;',
      '  text-transform: uppercase;',
      '  letter-spacing: 0.08em;',
      '}',
    );
  }
  if (!declarations.length && !parts) lines.push('/* Nothing else: the defaults. */');
  return lines.join('\n');
}

function apply() {
  const scheme = controls.elements.scheme.value;
  preview.dataset.foyerTheme = scheme;
  const declarations = [];
  for (const control of tokenControls) {
    const name = control.dataset.token;
    if (!changed.has(control)) {
      preview.style.removeProperty(name);
      continue;
    }
    preview.style.setProperty(name, tokenValue(control));
    declarations.push(`${name}: ${tokenValue(control)};`);
  }
  const parts = controls.elements.parts.checked;
  preview.classList.toggle('styled-parts', parts);
  output.textContent = describeCss(scheme, declarations, parts);
  showDefaultsInPickers();
}

controls.addEventListener('input', (event) => {
  if (event.target.dataset.token) changed.add(event.target);
  apply();
});
controls.addEventListener('change', apply);
// The form's own reset puts every control back first; then the tokens are let go.
controls.addEventListener('reset', () => {
  changed.clear();
  setTimeout(apply);
});
matchMedia('(prefers-color-scheme: dark)').addEventListener('change', showDefaultsInPickers);

showTokens();
apply();

// A code to try, with a link that signs in by it (the login reads `#code=…`).
try {
  const facts = await loadFacts();
  const access = facts.accesses.find((a) => a.status === 'active');
  const provider = preview.querySelector('foyer-provider');
  const open = () => {
    provider.token = null;
    location.hash = `code=${encodeURIComponent(access.code)}`;
    location.reload();
  };
  document
    .querySelector('#code-hint')
    .replaceChildren(
      'To see the galleries themed too, sign in with the code ',
      el('code', {}, access.code),
      ' or ',
      el('button', { class: 'link', type: 'button', onclick: open }, 'open it with the link'),
      '.',
    );
} catch (error) {
  document.querySelector('#code-hint').replaceChildren(error.message);
}
