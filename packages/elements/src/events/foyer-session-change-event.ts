/** The provider's session began or ended. */
export class FoyerSessionChangeEvent extends Event {
  static readonly eventName = 'foyer-session-change';
  constructor(readonly signedIn: boolean) {
    super(FoyerSessionChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-session-change': FoyerSessionChangeEvent;
  }
}
