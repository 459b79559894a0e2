import { GalleryManager } from './gallery-manager.js';

if (!customElements.get('gallery-manager')) customElements.define('gallery-manager', GalleryManager);
