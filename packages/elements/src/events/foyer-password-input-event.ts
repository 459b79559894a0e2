/** The person typed in a `<password-field>`: its password now, and whether it meets every rule. */
export class FoyerPasswordInputEvent extends Event {
  static readonly eventName = 'foyer-password-input';
  constructor(
    readonly value: string,
    readonly valid: boolean,
  ) {
    super(FoyerPasswordInputEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-password-input': FoyerPasswordInputEvent;
  }
}
