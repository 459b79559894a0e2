// Registers <account-link-confirmation> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/account-link-confirmation/define.js';

export { AccountLinkConfirmation } from '../components/account-link-confirmation/account-link-confirmation.js';
