// The agency demo's "Sign in to try" box: the agency's login, its authenticator secret, the
// code an app would show now, and recovery codes (each works once). Renders into #agency-credentials.
import { el, loadFacts } from './demo-facts.js';

const box = document.querySelector('#agency-credentials');

async function currentCode() {
  const response = await fetch('/demo/agency-code.json');
  if (!response.ok) throw new Error(`The current code could not be loaded (${response.status}).`);
  return response.json();
}

function codeLine() {
  const line = el('p', { 'aria-live': 'polite' }, 'Code now: …');
  const refresh = async () => {
    try {
      const { code, validForSeconds } = await currentCode();
      line.replaceChildren('Code now: ', el('code', {}, code), ` (for ${validForSeconds} more seconds; each code works once)`);
      setTimeout(refresh, validForSeconds * 1000 + 250);
    } catch (error) {
      line.replaceChildren(error.message);
    }
  };
  void refresh();
  return line;
}

if (box) {
  try {
    const { agency } = await loadFacts();
    box.replaceChildren(
      el('p', {}, el('strong', {}, agency.agency.name), ': ', el('code', {}, agency.agency.email), ' / ', el('code', {}, agency.agency.password)),
      el('p', {}, 'Authenticator secret: ', el('code', {}, agency.agency.secret)),
      codeLine(),
      el('p', {}, 'Recovery codes (each works once): ', ...agency.agency.recoveryCodes.flatMap((c) => [el('code', {}, c), ' '])),
      el(
        'ul',
        {},
        ...agency.workspaces.map((w) =>
          el('li', {}, el('strong', {}, w.name), ` (${w.handle}): the agency is ${w.agencyRole}; owner `, el('code', {}, w.owner.email), ' / ', el('code', {}, w.owner.password)),
        ),
      ),
      el(
        'p',
        {},
        'Without a second factor: ',
        el('code', {}, agency.agencyWithoutSecondFactor.email),
        ' / ',
        el('code', {}, agency.agencyWithoutSecondFactor.password),
        ' — its client account is listed, but cannot be opened until it turns a second factor on.',
      ),
    );
  } catch (error) {
    box.replaceChildren(el('p', {}, error.message));
  }
}
