// What the tests of <contacts-table> share: mounting it in a provider for a seeded print shop,
// and finding its rows, cells, headers, buttons and dialog as a person would.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError, type FoyerApi } from '@foyer/client';
import { sendKeys } from '@web/test-runner-commands';
import type { PrintShopCrowdFixture, PrintShopFixture } from './fixtures.js';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import type { FoyerContactChangeEvent } from '../events/foyer-contact-change-event.js';
import type { ContactsTable } from '../components/contacts-table/contacts-table.js';
import '../components/contacts-table/define.js';

export type Shop = PrintShopFixture | PrintShopCrowdFixture;

export const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function ownerApi(f: Shop): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => f.owner.token });
}

export interface Mounted {
  provider: FoyerProvider;
  table: ContactsTable;
  root: ShadowRoot;
  changes: Array<{ contactId: string; change: string }>;
}

export async function mount(f: Shop, token: string | null = f.owner.token): Promise<Mounted> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api} workspace=${f.workspace}>
      <contacts-table search-delay="50"></contacts-table>
    </foyer-provider>
  `);
  provider.token = token;
  const table = provider.querySelector('contacts-table')!;
  const changes: Mounted['changes'] = [];
  table.addEventListener('foyer-contact-change', (event: FoyerContactChangeEvent) => {
    changes.push({ contactId: event.contactId, change: event.change });
  });
  return { provider, table, root: table.shadowRoot!, changes };
}

export async function mountGrid(f: Shop): Promise<Mounted> {
  const mounted = await mount(f);
  await wait(() => rowsOf(mounted.root).length > 0, 'the grid shows its rows');
  return mounted;
}

export function grid(root: ShadowRoot): HTMLElement {
  const found = root.querySelector<HTMLElement>('[role="grid"]');
  if (!found) throw new Error('no grid');
  return found;
}

/**
 * Records the files the table saves instead of letting the browser write them to the
 * machine's download folder: a save is the click on the backup's download link.
 */
export function recordSaves(root: ShadowRoot): string[] {
  const saved: string[] = [];
  root.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest?.('a[download]') as HTMLAnchorElement | null;
      if (!link) return;
      event.preventDefault();
      saved.push(link.download);
    },
    true,
  );
  return saved;
}

/** The rendered rows, in the order of their row index. */
export function rowsOf(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

export function names(root: ShadowRoot): string[] {
  return rowsOf(root).map((r) => text(r.querySelector('[role="rowheader"]')));
}

export function rowOf(root: ShadowRoot, name: string): HTMLElement {
  const row = rowsOf(root).find((r) => text(r.querySelector('[role="rowheader"]')) === name);
  if (!row) throw new Error(`no row for ${name} among ${names(root).join(', ')}`);
  return row;
}

export function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(text);
}

export function header(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => text(h.querySelector('.label')) === label);
  if (!found) throw new Error(`no column ${label}`);
  return found;
}

/** The table's dialog: there from the first time one opened (its code is fetched then). */
export function dialog(root: ShadowRoot): HTMLDialogElement | null {
  return root.querySelector<HTMLDialogElement>('dialog');
}

/** Waits for the dialog to be shown and to say what `shows` expects; the first one waits for its code. */
export async function shownDialog(root: ShadowRoot, shows: (d: HTMLDialogElement) => unknown, message: string): Promise<HTMLDialogElement> {
  await wait(() => {
    const d = dialog(root);
    return d?.open && shows(d);
  }, message);
  return dialog(root)!;
}

export function button(scope: ParentNode, label: string): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a[href]')];
  const found = all.find((b) => (b.getAttribute('aria-label') ?? text(b)) === label) ?? all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label} among ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`);
  return found;
}

export async function openActions(m: Mounted, name: string): Promise<HTMLDialogElement> {
  button(rowOf(m.root, name), `Actions for ${name}`).click();
  return shownDialog(m.root, (shown) => text(shown.querySelector('h3')) === name, `the actions of ${name} open`);
}

export function offered(d: HTMLDialogElement): string[] {
  return [...d.querySelectorAll('[part~="action"]')].map(text);
}

export function announced(root: ShadowRoot): string {
  return text(root.querySelector('[part~="message"]'));
}

export async function statusOf(f: Shop, contactId: string): Promise<string | null> {
  try {
    return (await ownerApi(f).contacts.get.query({ workspace: f.workspace, contactId })).status;
  } catch (error) {
    return describeError(error).code;
  }
}

/** Ctrl held down while pressing `key`. */
export async function pressWithControl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}
