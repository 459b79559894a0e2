import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi, describeError, type FoyerApi } from '@foyer/client';
import type { PhotographerFixture } from './fixtures.js';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import type { FoyerAccessChangeEvent } from '../events/foyer-access-change-event.js';
import type { ClientAccessManager } from '../components/client-access-manager/client-access-manager.js';
import '../components/client-access-manager/define.js';

// What the tests of <client-access-manager> do as the photographer would: mount it in a
// provider, find its controls and fields by their names, and read what it says.

export const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text a screen reader reads: without the parts hidden from it. */
export function spoken(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return text(copy);
}

export function rootOf(el: ClientAccessManager): ShadowRoot {
  return el.shadowRoot!;
}

/** A button or link by its accessible name (aria-label, else its text). */
export function findControl(root: ParentNode, name: string): HTMLElement | undefined {
  const all = [...root.querySelectorAll<HTMLElement>('button, a[href]')];
  return all.find((b) => (b.getAttribute('aria-label') ?? spoken(b)) === name) ?? all.find((b) => spoken(b) === name);
}

export function control(root: ParentNode, name: string): HTMLElement {
  const found = findControl(root, name);
  if (!found) {
    const names = [...root.querySelectorAll('button, a[href]')].map((b) => b.getAttribute('aria-label') ?? spoken(b));
    throw new Error(`no button "${name}" among: ${names.join(' | ')}`);
  }
  return found;
}

/** A field by the text of its label, as a person finds it. */
export function field(root: ShadowRoot, label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...root.querySelectorAll('label')].find((l) => text(l).replace(/ \(optional\)$/, '') === label);
  const input = found?.htmlFor ? root.getElementById(found.htmlFor) : found?.querySelector('input');
  if (!input) throw new Error(`no field labelled "${label}"`);
  return input as HTMLInputElement;
}

/** Types into a field with real keystrokes. */
export async function typeInto(input: HTMLElement, value: string): Promise<void> {
  input.focus();
  await sendKeys({ type: value });
}

export async function mount(f: PhotographerFixture, token: string | null = f.owner.token, options: { lang?: string; entryUrl?: string } = {}) {
  // The fixture's root is a Lit element, so mounting waits for its update and not for an
  // animation frame, which a test page running in the background never gets.
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang=${options.lang ?? 'en'} persist="none" server=${f.api} workspace=${f.workspace}>
      <client-access-manager entry-url=${options.entryUrl ?? ''}></client-access-manager>
    </foyer-provider>
  `);
  provider.token = token;
  const el = provider.querySelector('client-access-manager')!;
  const changes: Array<{ accessId: string; change: string }> = [];
  el.addEventListener('foyer-access-change', (event: FoyerAccessChangeEvent) => {
    changes.push({ accessId: event.accessId, change: event.change });
  });
  return { provider, el, root: rootOf(el), changes };
}

export async function mountList(f: PhotographerFixture, options: { lang?: string; entryUrl?: string } = {}) {
  const mounted = await mount(f, f.owner.token, options);
  await wait(() => mounted.root.querySelector('table'), 'the list of accesses shows');
  return mounted;
}

export function ownerApi(f: PhotographerFixture): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => f.owner.token });
}

export function anonymousApi(f: PhotographerFixture): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => null });
}

export async function signInRefusal(f: PhotographerFixture, code: string): Promise<string | null> {
  try {
    await anonymousApi(f).client.signIn.mutate({ workspace: f.workspace, code });
    return null;
  } catch (error) {
    return describeError(error).code;
  }
}

export function rowOf(root: ShadowRoot, name: string): HTMLTableRowElement {
  const row = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr')].find((r) => text(r.querySelector('th')) === name);
  if (!row) throw new Error(`no row for "${name}"`);
  return row;
}

export async function openAccess(root: ShadowRoot, name: string): Promise<void> {
  control(root, `Manage ${name}`).click();
  await wait(() => text(root.querySelector('#detail-heading')) === name && root.querySelector('[part~="reach"], [part~="empty"]'), `the access "${name}" opens`);
}

export function reachOf(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('[part~="reach-item"]')].map((li) => `${text(li.querySelector('.path'))}: ${text(li.querySelector('.reason'))}`);
}

export function announced(root: ShadowRoot): string {
  return text(root.querySelector('[part~="message"]'));
}

/** Records what the element copies instead of writing to the system clipboard, until `restore`. */
export function recordClipboard(): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  const original = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (value: string) => {
    copied.push(value);
  };
  return { copied, restore: () => (navigator.clipboard.writeText = original) };
}
