/** What happened to a client access. */
export type AccessChange = 'created' | 'updated' | 'disabled' | 'enabled' | 'code-rotated' | 'galleries-changed' | 'deleted';

/** A client access was created, changed or deleted through an element; the server holds the change. */
export class FoyerAccessChangeEvent extends Event {
  static readonly eventName = 'foyer-access-change';
  constructor(
    readonly accessId: string,
    readonly change: AccessChange,
  ) {
    super(FoyerAccessChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-access-change': FoyerAccessChangeEvent;
  }
}
