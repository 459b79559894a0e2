/** What happened to a contact through the contacts table. */
export type ContactChange = 'added' | 'edited' | 'activation-sent' | 'activated' | 'deactivated' | 'identities-deleted' | 'deleted';

/** A contact changed through `<contacts-table>`; the server holds the change. */
export class FoyerContactChangeEvent extends Event {
  static readonly eventName = 'foyer-contact-change';
  constructor(
    readonly contactId: string,
    readonly change: ContactChange,
  ) {
    super(FoyerContactChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-contact-change': FoyerContactChangeEvent;
  }
}
