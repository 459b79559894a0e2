// Registers <master-users> and the <foyer-provider> it works inside, with the <role-picker>
// its forms offer the permissions with.
import '../components/foyer-provider/define.js';
import '../components/role-picker/define.js';
import '../components/master-users/define.js';

export { MasterUsers } from '../components/master-users/master-users.js';
