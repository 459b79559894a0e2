// Registers <gallery-overview> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/gallery-overview/define.js';

export { GalleryOverview } from '../components/gallery-overview/gallery-overview.js';
