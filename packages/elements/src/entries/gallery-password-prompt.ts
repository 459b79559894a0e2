// Registers <gallery-password-prompt> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/gallery-password-prompt/define.js';

export { GalleryPasswordPrompt } from '../components/gallery-password-prompt/gallery-password-prompt.js';
