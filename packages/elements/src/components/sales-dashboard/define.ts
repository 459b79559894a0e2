import { SalesDashboard } from './sales-dashboard.js';

if (!customElements.get('sales-dashboard')) customElements.define('sales-dashboard', SalesDashboard);
