import { ReportView } from './report-view.js';

if (!customElements.get('report-view')) customElements.define('report-view', ReportView);
