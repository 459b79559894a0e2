// Registers <contact-activation> and the <foyer-provider> it works inside,
// with the <foyer-sign-in> a contact with a login signs in with
// and the <password-field> a new password is chosen in.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/password-field/define.js';
import '../components/contact-activation/define.js';

export { ContactActivation } from '../components/contact-activation/contact-activation.js';
