import '../gallery-password-prompt/define.js';
import { GalleryDirectLink } from './gallery-direct-link.js';

if (!customElements.get('gallery-direct-link')) customElements.define('gallery-direct-link', GalleryDirectLink);
