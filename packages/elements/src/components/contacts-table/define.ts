import '../foyer-provider/define.js';
import { ContactsTable } from './contacts-table.js';

if (!customElements.get('contacts-table')) customElements.define('contacts-table', ContactsTable);
