import '../foyer-provider/define.js';
// Once the address is changed, a <foyer-sign-in> names who is signed in, or signs in with it.
import '../foyer-sign-in/define.js';
import { EmailChangeConfirmation } from './email-change-confirmation.js';

if (!customElements.get('email-change-confirmation')) customElements.define('email-change-confirmation', EmailChangeConfirmation);
