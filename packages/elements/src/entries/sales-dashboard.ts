// Registers <sales-dashboard> and the <foyer-provider> it works inside. The chart's code is
// not in this module's imports: the element fetches it when it shows a dashboard.
import '../components/foyer-provider/define.js';
import '../components/sales-dashboard/define.js';

export { SalesDashboard } from '../components/sales-dashboard/sales-dashboard.js';
