import { MasterAccount } from './master-account.js';

if (!customElements.get('master-account')) customElements.define('master-account', MasterAccount);
