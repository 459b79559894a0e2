import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContextConsumer } from '@lit/context';
import type { foyerContext, FoyerConnection } from '../context/foyer-context.js';
import { consumeFoyerContext } from './foyer-consumer.js';

/**
 * What an element's data depends on, so the controller knows when to load it again:
 * - `session`: the signed-in person, whatever workspace (their accounts);
 * - `workspace`: a signed-in person in one workspace (a team, a log, a role);
 * - `connection`: the provider itself, signed in or not (the element shows its own sign-in state).
 */
export type ConnectionScope = 'session' | 'workspace' | 'connection';

export interface ConnectionControllerOptions {
  scope: ConnectionScope;
  /**
   * The connection changed what the element shows: forget what was loaded, and load again.
   * `connection` is undefined when the element has nothing to load (no provider, or not yet
   * signed in for the scope).
   */
  onChange: (connection: FoyerConnection | undefined) => void;
  /** Whether the element uses the connection at all now (a picker given its own catalog does not). */
  enabled?: () => boolean;
}

/** The element's host, as far as the controller needs it: an element that can request updates. */
type Host = ReactiveControllerHost & HTMLElement;

/**
 * The connection from the nearest `<foyer-provider>`, for every element that loads data.
 * It subscribes to the provider's context and calls `onChange` before the host's update
 * whenever the server, the workspace or the session it depends on changed (the context
 * hands a new object on any change, so the controller compares what matters). Answers that
 * arrive after a change are told apart with `ticket()` and `isCurrent()`.
 */
export class ConnectionController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof foyerContext, Host>;
  readonly #options: ConnectionControllerOptions;
  #loadedFor = '';

  constructor(host: Host, options: ConnectionControllerOptions) {
    this.#options = options;
    this.#consumer = consumeFoyerContext(host);
    host.addController(this);
  }

  /** The provider's connection, or undefined outside a provider. */
  get value(): FoyerConnection | undefined {
    return this.#consumer.value;
  }

  /** What the data shown now was loaded for; pass it to `isCurrent` when an answer arrives. */
  ticket(): string {
    return this.#loadedFor;
  }

  /** Whether an answer to a request made under `ticket` still belongs to what is shown. */
  isCurrent(ticket: string): boolean {
    return ticket === this.#loadedFor;
  }

  /** Forgets what was loaded, so the next update loads again (an element put back in the page). */
  forget(): void {
    this.#loadedFor = '';
  }

  hostUpdate(): void {
    const c = this.value;
    const enabled = this.#options.enabled?.() ?? true;
    const key = c && enabled ? keyFor(c, this.#options.scope) : '';
    if (key === this.#loadedFor) return;
    this.#loadedFor = key;
    this.#options.onChange(key ? c : undefined);
  }
}

function keyFor(c: FoyerConnection, scope: ConnectionScope): string {
  switch (scope) {
    case 'session':
      return c.token ? `${c.server}\n${c.token}` : '';
    case 'workspace':
      return c.token && c.workspace ? `${c.server}\n${c.workspace}\n${c.token}` : '';
    case 'connection':
      return `${c.server}\n${c.workspace}\n${c.token ?? ''}`;
  }
}
