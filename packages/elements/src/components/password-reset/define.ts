import '../foyer-provider/define.js';
// The new password is chosen in a <password-field>.
import '../password-field/define.js';
// Once it is set, a <foyer-sign-in> names who is signed in, or signs in with it.
import '../foyer-sign-in/define.js';
import { PasswordReset } from './password-reset.js';

if (!customElements.get('password-reset')) customElements.define('password-reset', PasswordReset);
