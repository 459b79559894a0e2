// Registers <account-sign-up> and the <foyer-provider> it works inside,
// with the <password-field> the password is chosen in
// and the <foyer-sign-in> that names who is signed in once the account exists.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/password-field/define.js';
import '../components/account-sign-up/define.js';

export { AccountSignUp } from '../components/account-sign-up/account-sign-up.js';
