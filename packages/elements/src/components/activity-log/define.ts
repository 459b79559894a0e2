import { ActivityLog } from './activity-log.js';

if (!customElements.get('activity-log')) customElements.define('activity-log', ActivityLog);
