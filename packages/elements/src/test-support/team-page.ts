import { fixture, html, waitUntil } from '@open-wc/testing';
import { createFoyerApi, describeError, type FoyerApi } from '@foyer/client';
import type { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
import type { RolePicker } from '../components/role-picker/role-picker.js';
import type { TeamMembers } from '../components/team-members/team-members.js';
import { allWithin, deepActiveElement, shown, textOf } from './interaction.js';
import '../components/foyer-provider/define.js';
import '../components/team-members/define.js';

/** Helpers for the tests of `<team-members>`: the element worked as a person works it. */

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element in a provider signed in with `token`, once it shows the team. */
export async function teamPage(f: { api: string }, workspace: string, token: string): Promise<TeamMembers> {
  const provider = await fixture<FoyerProvider>(html`
    <foyer-provider server=${f.api} workspace=${workspace} persist="none"><team-members></team-members></foyer-provider>
  `);
  provider.token = token;
  const team = provider.querySelector('team-members')!;
  await shown(team, '#team-list');
  return team;
}

/** A row of one of the element's tables, by the email it lists. */
export function row(team: Element, email: string): HTMLTableRowElement | null {
  return allWithin<HTMLTableRowElement>(team, 'tbody tr').find((r) => r.dataset.email === email) ?? null;
}

export async function rowShown(team: Element, email: string, reading?: string): Promise<HTMLTableRowElement> {
  await waitUntil(() => row(team, email) && (!reading || text(row(team, email)).includes(reading)), `no row of ${email}${reading ? ` reading ${reading}` : ''}`, { timeout: 8000 });
  return row(team, email)!;
}

/** A row's "Actions" button; null where the row offers nothing. */
export const toggleOf = (team: Element, email: string) => row(team, email)?.querySelector<HTMLButtonElement>('[part~="actions-toggle"]') ?? null;

/** Shows a row's actions and answers the words on them. */
export async function actionsOf(team: TeamMembers, email: string): Promise<string[]> {
  const toggle = toggleOf(team, email);
  if (!toggle) return [];
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  await team.updateComplete;
  return [...row(team, email)!.querySelectorAll<HTMLButtonElement>('[part~="action"]')].map(text);
}

/** Chooses one of a row's actions, as a person clicks it. */
export async function choose(team: TeamMembers, email: string, label: string): Promise<void> {
  const labels = await actionsOf(team, email);
  const button = [...row(team, email)!.querySelectorAll<HTMLButtonElement>('[part~="action"]')].find((b) => text(b) === label);
  if (!button) throw new Error(`the row of ${email} offers no "${label}", only: ${labels.join(' | ')}`);
  button.click();
  await team.updateComplete;
}

export const dialog = (team: Element) => team.shadowRoot!.querySelector<HTMLDialogElement>('#team-dialog')!;

export async function dialogOpen(team: Element): Promise<HTMLDialogElement> {
  await waitUntil(() => dialog(team)?.open, 'the dialog did not open', { timeout: 8000 });
  return dialog(team);
}

export async function dialogClosed(team: Element): Promise<void> {
  await waitUntil(() => !dialog(team)?.open, `the dialog did not close: ${text(dialog(team))}`, { timeout: 8000 });
}

/** Clicks a button of the dialog by its words. */
export function press(team: Element, label: string): void {
  const button = [...dialog(team).querySelectorAll('button')].find((b) => text(b) === label);
  if (!button) throw new Error(`the dialog has no "${label}" button: ${[...dialog(team).querySelectorAll('button')].map(text).join(' | ')}`);
  button.click();
}

/** A role picker's radio button by the name of the role. */
export async function roleRadio(picker: RolePicker, name: string): Promise<HTMLInputElement> {
  await waitUntil(() => picker.shadowRoot?.querySelector('fieldset'), 'the role picker did not load', { timeout: 8000 });
  const label = [...picker.shadowRoot!.querySelectorAll('label')].find((l) => text(l) === name);
  if (!label) throw new Error(`the picker offers no role "${name}"`);
  return picker.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
}

/** What a screen reader reads as a control's description. */
export function described(root: ShadowRoot, control: Element): string {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** The live region's words. */
export const said = (team: Element) => textOf(team, '[part="message"]');

/** The id (or, failing that, the words) of what has focus. */
export function focused(): string {
  const active = deepActiveElement();
  return active?.id || text(active);
}

/** The server as a bearer (a session token or an API key) meets it. */
export const apiFor = (server: string, bearer: string): FoyerApi => createFoyerApi({ server, getToken: () => bearer });

/** The refusal's code, or "allowed" when the call went through. */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'allowed';
  } catch (error) {
    return describeError(error).code;
  }
}
