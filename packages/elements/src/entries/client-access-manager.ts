// Registers <client-access-manager> and the <foyer-provider> it works inside,
// with the <gallery-overview> its preview shows the client.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/gallery-overview/define.js';
import '../components/client-access-manager/define.js';

export { ClientAccessManager } from '../components/client-access-manager/client-access-manager.js';
