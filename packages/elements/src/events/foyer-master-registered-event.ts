/** A master account was opened from its registration link, and its person is signed in. */
export class FoyerMasterRegisteredEvent extends Event {
  static readonly eventName = 'foyer-master-registered';
  constructor(
    /** The new master account's handle: the workspace to show it in. */
    readonly master: string,
    /** The handle of the seller account it started with. */
    readonly account: string,
  ) {
    super(FoyerMasterRegisteredEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-master-registered': FoyerMasterRegisteredEvent;
  }
}
