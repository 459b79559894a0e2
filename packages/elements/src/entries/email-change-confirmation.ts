// Registers <email-change-confirmation> and the <foyer-provider> it works inside,
// with the <foyer-sign-in> that names who is signed in, or signs in with the new address.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/email-change-confirmation/define.js';

export { EmailChangeConfirmation } from '../components/email-change-confirmation/email-change-confirmation.js';
