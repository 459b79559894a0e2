import '../foyer-provider/define.js';
// The password is chosen in a <password-field>.
import '../password-field/define.js';
// Once the account exists, a <foyer-sign-in> names who is signed in.
import '../foyer-sign-in/define.js';
import { AccountSignUp } from './account-sign-up.js';

if (!customElements.get('account-sign-up')) customElements.define('account-sign-up', AccountSignUp);
