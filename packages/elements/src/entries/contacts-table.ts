// Registers <contacts-table> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/contacts-table/define.js';

export { ContactsTable } from '../components/contacts-table/contacts-table.js';
