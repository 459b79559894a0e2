import { MasterUsers } from './master-users.js';

if (!customElements.get('master-users')) customElements.define('master-users', MasterUsers);
