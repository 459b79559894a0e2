import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { foyerContext, type FoyerConnection } from '../context/foyer-context.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The nearest `<foyer-provider>`'s connection, kept current, for every element that uses one.
 *
 * It finds its provider whatever order a page defines the elements in: an element upgraded
 * before `<foyer-provider>` is defined asks for the connection when no provider listens yet, and
 * that request goes unanswered. A provider announces itself when it connects (the
 * `context-provider` event of @lit/context, which reaches the document); an element still
 * without a connection then asks again, and stops listening once it has one or leaves the page.
 */
export function consumeFoyerContext(host: Host, callback?: (value: FoyerConnection | undefined) => void): ContextConsumer<typeof foyerContext, Host> {
  const consumer = new ContextConsumer(host, { context: foyerContext, subscribe: true, callback });
  const listening = { on: false };
  const stop = () => {
    if (listening.on) document.removeEventListener('context-provider', askAgain);
    listening.on = false;
  };
  const askAgain = (event: Event) => {
    if ((event as Event & { context?: unknown }).context !== foyerContext || consumer.value !== undefined) return;
    // Leaving and coming back is how a ContextConsumer asks again: its request goes out anew.
    consumer.hostDisconnected();
    consumer.hostConnected();
    if (consumer.value !== undefined) stop();
  };
  host.addController({
    // Added after the consumer, so it runs after the consumer has asked.
    hostConnected() {
      if (consumer.value === undefined && !listening.on) {
        document.addEventListener('context-provider', askAgain);
        listening.on = true;
      }
    },
    hostDisconnected: stop,
  });
  return consumer;
}
