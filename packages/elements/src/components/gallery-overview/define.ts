import { GalleryOverview } from './gallery-overview.js';

if (!customElements.get('gallery-overview')) customElements.define('gallery-overview', GalleryOverview);
