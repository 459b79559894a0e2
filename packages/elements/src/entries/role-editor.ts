// Registers <role-editor> and the <foyer-provider> it works inside,
// with the <role-picker> its permissions are chosen with.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/role-picker/define.js';
import '../components/role-editor/define.js';

export { RoleEditor } from '../components/role-editor/role-editor.js';
