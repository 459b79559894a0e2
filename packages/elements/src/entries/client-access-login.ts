// Registers <client-access-login> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/client-access-login/define.js';

export { ClientAccessLogin } from '../components/client-access-login/client-access-login.js';
