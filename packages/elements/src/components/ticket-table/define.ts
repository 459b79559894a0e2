import '../foyer-provider/define.js';
import { TicketDetailPanel } from './ticket-detail.js';
import { TicketTable } from './ticket-table.js';

// The table opens each ticket in a <ticket-detail>, so it registers both.
if (!customElements.get('ticket-detail')) customElements.define('ticket-detail', TicketDetailPanel);
if (!customElements.get('ticket-table')) customElements.define('ticket-table', TicketTable);
