// Registers <password-field>. It needs no <foyer-provider>: the rules come from its properties.
// A page that imports only this module carries no other element.
import '../components/password-field/define.js';

export { PasswordField } from '../components/password-field/password-field.js';
