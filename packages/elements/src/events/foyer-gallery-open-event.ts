/** A visitor opened a gallery in an element: from the overview, a sub-gallery card, an up link or a direct link. */
export class FoyerGalleryOpenEvent extends Event {
  static readonly eventName = 'foyer-gallery-open';
  constructor(readonly galleryId: string) {
    super(FoyerGalleryOpenEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-gallery-open': FoyerGalleryOpenEvent;
  }
}
