// Registers <team-members> and the <foyer-provider> it works inside,
// with the <role-picker> its invitation form offers.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/role-picker/define.js';
import '../components/team-members/define.js';

export { TeamMembers } from '../components/team-members/team-members.js';
