import '../foyer-provider/define.js';
import { LinkedAccounts } from './linked-accounts.js';

if (!customElements.get('linked-accounts')) customElements.define('linked-accounts', LinkedAccounts);
