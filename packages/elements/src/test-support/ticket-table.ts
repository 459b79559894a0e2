// What the tests of <ticket-table> share: mounting it in a provider for a seeded ticket desk,
// and finding its rows, cells, headers, buttons and a ticket's detail as a person would.
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, type FoyerApi } from '@foyer/client';
import type { TicketDeskFixture } from './ticket-fixtures.js';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import type { FoyerTicketChangeEvent } from '../events/foyer-ticket-change-event.js';
import type { TicketDetailPanel } from '../components/ticket-detail/ticket-detail.js';
import type { TicketTable } from '../components/ticket-table/ticket-table.js';
import '../components/ticket-table/define.js';

export const wait = (predicate: () => unknown, message: string) => waitUntil(predicate, message, { timeout: 8000 });
/** Waits until `find` finds something, and gives it. */
export async function found<T>(find: () => T | null | undefined, message: string): Promise<T> {
  await wait(() => find(), message);
  return find()!;
}
export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function apiOf(f: TicketDeskFixture, token = f.owner.token): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => token });
}

export interface Mounted {
  provider: FoyerProvider;
  table: TicketTable;
  root: ShadowRoot;
  changes: Array<{ ticket: number; change: string }>;
}

export async function mount(f: TicketDeskFixture, token: string = f.owner.token, attributes: { pageSize?: number } = {}): Promise<Mounted> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider lang="en" persist="none" server=${f.api}>
      <ticket-table workspace=${f.master.handle} search-delay="50" page-size=${attributes.pageSize ?? 50}></ticket-table>
    </foyer-provider>
  `);
  provider.token = token;
  const table = provider.querySelector('ticket-table')!;
  const changes: Mounted['changes'] = [];
  table.addEventListener('foyer-ticket-change', (event: FoyerTicketChangeEvent) => changes.push({ ticket: event.ticket.number, change: event.change }));
  await wait(() => rowsOf(table.shadowRoot!).length > 0, 'the grid shows its rows');
  return { provider, table, root: table.shadowRoot!, changes };
}

/** The rendered rows, in the order of their row index. */
export function rowsOf(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]')].sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

/** The ticket numbers shown, in order, as the rows' headers read them ("#12" → 12). */
export function numbers(root: ShadowRoot): number[] {
  return rowsOf(root).map((r) => Number(text(r.querySelector('[role="rowheader"]')).replace('#', '')));
}

export function rowOf(root: ShadowRoot, ticket: number): HTMLElement {
  const row = rowsOf(root).find((r) => text(r.querySelector('[role="rowheader"]')) === `#${ticket}`);
  if (!row) throw new Error(`no row for #${ticket} among ${numbers(root).join(', ')}`);
  return row;
}

export function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="gridcell"], [role="rowheader"]')].map(text);
}

export function grid(root: ShadowRoot): HTMLElement {
  return root.querySelector<HTMLElement>('[role="grid"]')!;
}

export function header(root: ShadowRoot, label: string): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('[role="columnheader"]')].find((h) => text(h.querySelector('.label') ?? h) === label);
  if (!found) throw new Error(`no column ${label}`);
  return found;
}

export function button(scope: ParentNode, label: string): HTMLElement {
  const all = [...scope.querySelectorAll<HTMLElement>('button, a[href]')];
  const found = all.find((b) => (b.getAttribute('aria-label') ?? text(b)) === label) ?? all.find((b) => text(b) === label);
  if (!found) throw new Error(`no button ${label} among ${all.map((b) => b.getAttribute('aria-label') ?? text(b)).join(' | ')}`);
  return found;
}

export const count = (root: ShadowRoot) => text(root.querySelector('[part~="count"]'));
export const announced = (root: ShadowRoot) => text(root.querySelector('[part~="message"]'));
export const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog')!;

export async function choose(root: ShadowRoot, id: string, value: string): Promise<void> {
  const select = root.querySelector<HTMLSelectElement>(`#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Opens a ticket's detail from its row and waits until it shows the ticket. */
export async function openTicket(m: Mounted, ticket: number): Promise<TicketDetailPanel> {
  button(rowOf(m.root, ticket), `Open ticket #${ticket}`).click();
  await wait(() => dialog(m.root).open, 'the dialog opens');
  const detail = m.root.querySelector<TicketDetailPanel>('ticket-detail')!;
  await wait(() => detail.shadowRoot?.querySelector('[part~="facts"]'), `ticket #${ticket} loads`);
  return detail;
}

export const inDetail = (detail: TicketDetailPanel) => detail.shadowRoot!;

/** The facts a part of the detail lists, by their names. */
export function factsOf(scope: ParentNode | null): Record<string, string> {
  return Object.fromEntries([...(scope?.querySelectorAll('.fact') ?? [])].map((fact) => [text(fact.querySelector('dt')), text(fact.querySelector('dd'))]));
}
