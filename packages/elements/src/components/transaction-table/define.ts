import '../foyer-provider/define.js';
import { TransactionTable } from './transaction-table.js';

if (!customElements.get('transaction-table')) customElements.define('transaction-table', TransactionTable);
