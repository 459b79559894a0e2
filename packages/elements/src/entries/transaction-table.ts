// Registers <transaction-table> and the <foyer-provider> it works inside.
import '../components/foyer-provider/define.js';
import '../components/transaction-table/define.js';

export { TransactionTable } from '../components/transaction-table/transaction-table.js';
