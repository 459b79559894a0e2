// Registers <account-switcher> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/account-switcher/define.js';

export { AccountSwitcher } from '../components/account-switcher/account-switcher.js';
