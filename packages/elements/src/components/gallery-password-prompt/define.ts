import { GalleryPasswordPrompt } from './gallery-password-prompt.js';

if (!customElements.get('gallery-password-prompt')) customElements.define('gallery-password-prompt', GalleryPasswordPrompt);
