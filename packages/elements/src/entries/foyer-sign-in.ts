// Registers <foyer-sign-in> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/foyer-sign-in/define.js';

export { FoyerSignIn } from '../components/foyer-sign-in/foyer-sign-in.js';
