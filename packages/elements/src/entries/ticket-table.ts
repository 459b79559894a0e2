// Registers <ticket-table>, the <ticket-detail> it opens each ticket in, and the
// <foyer-provider> they work inside.
import '../components/foyer-provider/define.js';
import '../components/ticket-table/define.js';

export { TicketTable } from '../components/ticket-table/ticket-table.js';
export { TicketDetailPanel } from '../components/ticket-detail/ticket-detail.js';
