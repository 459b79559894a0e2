// Registers <password-reset> and the <foyer-provider> it works inside,
// with the <password-field> the new password is chosen in
// and the <foyer-sign-in> that names who is signed in once it is set.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/password-field/define.js';
import '../components/password-reset/define.js';

export { PasswordReset } from '../components/password-reset/password-reset.js';
