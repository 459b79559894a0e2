// Registers <gallery-manager> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/gallery-manager/define.js';

export { GalleryManager } from '../components/gallery-manager/gallery-manager.js';
