// Registers <activity-log> and the <foyer-provider> it works inside.
// A page that imports only this module carries no other element.
import '../components/foyer-provider/define.js';
import '../components/activity-log/define.js';

export { ActivityLog } from '../components/activity-log/activity-log.js';
