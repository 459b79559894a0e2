// Registers <invitation-accept> and the <foyer-provider> it works inside,
// with the <password-field> a new person chooses their password in
// and the <foyer-sign-in> a person with an account signs in with.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';
import '../components/password-field/define.js';
import '../components/invitation-accept/define.js';

export { InvitationAccept } from '../components/invitation-accept/invitation-accept.js';
