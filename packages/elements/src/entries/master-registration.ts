// Registers <master-registration> and the <foyer-provider> it works inside,
// with the <password-field> the master account's password is chosen in.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/password-field/define.js';
import '../components/master-registration/define.js';

export { MasterRegistration } from '../components/master-registration/master-registration.js';
