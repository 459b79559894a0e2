import '../foyer-provider/define.js';
// A contact who has a login signs in with it on the activation page itself.
import '../foyer-sign-in/define.js';
// The new password is chosen in a <password-field>.
import '../password-field/define.js';
import { ContactActivation } from './contact-activation.js';

if (!customElements.get('contact-activation')) customElements.define('contact-activation', ContactActivation);
