// Registers <gallery-direct-link> and the <foyer-provider> it works inside,
// with the <gallery-password-prompt> it shows for a protected gallery.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/gallery-password-prompt/define.js';
import '../components/gallery-direct-link/define.js';

export { GalleryDirectLink } from '../components/gallery-direct-link/gallery-direct-link.js';
