import '../foyer-provider/define.js';
import { TicketDetailPanel } from './ticket-detail.js';

if (!customElements.get('ticket-detail')) customElements.define('ticket-detail', TicketDetailPanel);
