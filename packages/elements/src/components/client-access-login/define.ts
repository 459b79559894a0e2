import { ClientAccessLogin } from './client-access-login.js';

if (!customElements.get('client-access-login')) customElements.define('client-access-login', ClientAccessLogin);
