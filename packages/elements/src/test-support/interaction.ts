import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFoyerApi, type FoyerApi } from '@foyer/client';
import type { PhotographerFixture } from './fixtures.js';

/** The element inside a host's shadow root that a person would look at; fails the test when it is missing. */
export function within<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> shows no ${selector}`);
  return found;
}

export function allWithin<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The text a person reads in a host's shadow root (or in one part of it), whitespace collapsed. */
export function textOf(host: Element, selector?: string): string {
  const node = selector ? host.shadowRoot?.querySelector(selector) : host.shadowRoot;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Focuses a field and types into it with real keystrokes, as a person would. */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

/** Selects everything in a field and types over it. */
export async function retype(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Waits until the host's shadow root shows `selector` (and, if given, that it reads `text`). */
export async function shown<T extends Element = HTMLElement>(host: Element, selector: string, text?: string | RegExp): Promise<T> {
  await waitUntil(
    () => {
      const node = host.shadowRoot?.querySelector(selector);
      if (!node) return false;
      if (text === undefined) return true;
      const content = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      return typeof text === 'string' ? content.includes(text) : text.test(content);
    },
    `<${host.localName}> never showed ${selector}${text ? ` reading ${text}` : ''}`,
    { timeout: 8000 },
  );
  return within<T>(host, selector);
}

/** The studio owner's own API client, to change what the server holds behind the elements' backs. */
export function ownerApi(f: PhotographerFixture): FoyerApi {
  return createFoyerApi({ server: f.api, getToken: () => f.owner.token });
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
