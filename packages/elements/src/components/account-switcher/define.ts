import { AccountSwitcher } from './account-switcher.js';

if (!customElements.get('account-switcher')) customElements.define('account-switcher', AccountSwitcher);
