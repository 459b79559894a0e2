/** Someone signed in through an element: an owner with a password, a client with a code. */
export class FoyerSignedInEvent extends Event {
  static readonly eventName = 'foyer-signed-in';
  constructor(readonly kind: 'identity' | 'access' | 'gallery') {
    super(FoyerSignedInEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-signed-in': FoyerSignedInEvent;
  }
}
