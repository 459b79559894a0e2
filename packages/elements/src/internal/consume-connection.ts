import type { ReactiveElement } from 'lit';
import type { FoyerConnection } from '../context/foyer-context.js';
import { consumeFoyerContext } from './foyer-consumer.js';

/**
 * An initializer for an element's class (`addInitializer`): keeps the element's `connection`
 * set to the nearest provider's connection, every time it changes. The element declares
 * `connection` a reactive property, so a new connection (a session began or ended) re-renders it.
 */
export function consumeConnection(element: ReactiveElement): void {
  const host = element as ReactiveElement & { connection: FoyerConnection | undefined };
  consumeFoyerContext(host, (value) => {
    host.connection = value;
  });
}
