// The new password is chosen in a <password-field>.
import '../password-field/define.js';
import { AccountSecurity } from './account-security.js';

if (!customElements.get('account-security')) customElements.define('account-security', AccountSecurity);
