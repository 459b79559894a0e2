// Registers <report-view> and the <foyer-provider> it works inside. The chart's code is not in
// this module's imports: the element fetches it when it shows a chart.
import '../components/foyer-provider/define.js';
import '../components/report-view/define.js';

export { ReportView } from '../components/report-view/report-view.js';
