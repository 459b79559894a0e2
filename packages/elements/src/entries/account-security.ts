// Registers <account-security> and the <foyer-provider> it works inside,
// with the <password-field> a new password is chosen in.
// The QR code's encoder is fetched only when a second factor is set up.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/password-field/define.js';
import '../components/account-security/define.js';

export { AccountSecurity } from '../components/account-security/account-security.js';
