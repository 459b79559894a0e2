// Registers <role-picker> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/role-picker/define.js';

export { RolePicker } from '../components/role-picker/role-picker.js';
