/** The owner changed a gallery in the studio: created, renamed, moved, deleted it, or added or deleted pictures. */
export class FoyerGalleryChangeEvent extends Event {
  static readonly eventName = 'foyer-gallery-change';
  constructor(readonly galleryId: string) {
    super(FoyerGalleryChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-gallery-change': FoyerGalleryChangeEvent;
  }
}
