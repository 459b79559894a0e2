/**
 * A person asked to open one of a master account's linked seller accounts. The page decides
 * how: a provider naming `account` works there with the same session, no sign-in again.
 */
export class FoyerAccountOpenEvent extends Event {
  static readonly eventName = 'foyer-account-open';
  constructor(
    /** The seller account's handle (its nickname). */
    readonly account: string,
    /** The seller account's name, as the master account lists it. */
    readonly name: string,
    /** The master account it was opened from. */
    readonly master: string,
  ) {
    super(FoyerAccountOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-account-open': FoyerAccountOpenEvent;
  }
}
