import { expect, waitUntil } from '@open-wc/testing';
import { createFoyerApi } from '@foyer/client';
import { sendKeys } from '@web/test-runner-commands';
import { typeInto } from './interaction.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export interface ConsoleErrors {
  /** Every console.error call, uncaught error and unhandled rejection since the watch began. */
  errors: string[];
  restore(): void;
}

/** Records what the page reports as errors while a test runs: console.error, uncaught errors, unhandled rejections. */
export function watchConsoleErrors(): ConsoleErrors {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Waits until `host` asks for a sign-in with `sentence`, and checks that it is not shown as a
 * failure: no error, no alert, no "Try again"; the page's own sign-in (slotted as `sign-in`)
 * shows inside the prompt.
 */
export async function signInPromptShown(host: Element, sentence: string): Promise<HTMLElement> {
  await waitUntil(() => text(host.shadowRoot?.querySelector('[part~="sign-in-message"]')) === sentence, `<${host.localName}> never asked to sign in with “${sentence}”`, {
    timeout: 8000,
  });
  const root = host.shadowRoot!;
  expect(root.querySelector('[part~="error"]'), 'an error part shows').to.equal(null);
  expect(root.querySelector('[role="alert"]'), 'an alert shows').to.equal(null);
  expect([...root.querySelectorAll('button')].map(text), 'buttons shown').to.not.include('Try again');
  const prompt = root.querySelector<HTMLElement>('[part~="sign-in"]')!;
  const slot = prompt.querySelector<HTMLSlotElement>('slot[name="sign-in"]')!;
  for (const slotted of host.querySelectorAll('[slot="sign-in"]')) expect(slot.assignedElements()).to.include(slotted);
  return prompt;
}

/** Signs in with the `<foyer-sign-in slot="sign-in">` in `host`'s prompt, with the keyboard, as a person does. */
export async function signInThroughPrompt(host: Element, who: { email: string; password: string }): Promise<void> {
  const form = host.querySelector<HTMLElement>('foyer-sign-in[slot="sign-in"]');
  if (!form) throw new Error(`<${host.localName}> holds no <foyer-sign-in slot="sign-in">`);
  await waitUntil(() => form.shadowRoot?.querySelector('input[name="password"]'), 'the sign-in form shows');
  await typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('input[name="email"]')!, who.email);
  await typeInto(form.shadowRoot!.querySelector<HTMLInputElement>('input[name="password"]')!, who.password);
  await sendKeys({ press: 'Enter' });
}

/** A token whose session has ended: signed in, then signed out. */
export async function endedSession(server: string, who: { email: string; password: string }): Promise<string> {
  const signedIn = await createFoyerApi({ server, getToken: () => null }).identity.signIn.mutate(who);
  if (signedIn.secondFactorRequired) throw new Error('expected a session without a second factor');
  await createFoyerApi({ server, getToken: () => signedIn.token }).identity.signOut.mutate();
  return signedIn.token;
}
