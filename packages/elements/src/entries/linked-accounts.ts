// Registers <linked-accounts> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/linked-accounts/define.js';

export { LinkedAccounts } from '../components/linked-accounts/linked-accounts.js';
