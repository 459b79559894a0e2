// Registers <terms-manager> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/terms-manager/define.js';

export { TermsManager } from '../components/terms-manager/terms-manager.js';
