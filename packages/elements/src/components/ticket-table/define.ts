// The table opens each ticket in a <ticket-detail>, so it registers both.
import '../ticket-detail/define.js';
import { TicketTable } from './ticket-table.js';

if (!customElements.get('ticket-table')) customElements.define('ticket-table', TicketTable);
