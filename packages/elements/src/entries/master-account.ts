// Registers <master-account> and the <foyer-provider> it works inside. The elements its tabs
// show are not in this module's imports: each is fetched when its tab first opens.
import '../components/foyer-provider/define.js';
import '../components/master-account/define.js';

export { MasterAccount } from '../components/master-account/master-account.js';
