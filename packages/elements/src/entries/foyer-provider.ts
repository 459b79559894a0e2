// Registers <foyer-provider>, which connects the elements inside it to one server and workspace.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';

export { FoyerProvider } from '../components/foyer-provider/foyer-provider.js';
