import type { ReactiveElement } from 'lit';
import type { FoyerConnection } from '../../context/foyer-context.js';

/** What each part of the security page gets from the element that holds it. */
export interface PanelContext {
  host: ReactiveElement;
  connection: () => FoyerConnection | undefined;
  /** The page's language, for dates. */
  locale: () => string;
}

/** Moves focus, after the next render, to the first element in the holder's shadow root that `selector` finds. */
export async function focusAfterUpdate(host: ReactiveElement, selector: string): Promise<void> {
  host.requestUpdate();
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
}
