import '../foyer-provider/define.js';
// A new person chooses their password in a <password-field>.
import '../password-field/define.js';
// A person with an account signs in with a <foyer-sign-in>, which also names who is signed in once joined.
import '../foyer-sign-in/define.js';
import { InvitationAccept } from './invitation-accept.js';

if (!customElements.get('invitation-accept')) customElements.define('invitation-accept', InvitationAccept);
