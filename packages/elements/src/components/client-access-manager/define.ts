import '../foyer-provider/define.js';
import { ClientAccessManager } from './client-access-manager.js';

if (!customElements.get('client-access-manager')) customElements.define('client-access-manager', ClientAccessManager);
