import '../foyer-provider/define.js';
// The master account's password is chosen in a <password-field>.
import '../password-field/define.js';
import { MasterRegistration } from './master-registration.js';

if (!customElements.get('master-registration')) customElements.define('master-registration', MasterRegistration);
