import { TermsManager } from './terms-manager.js';

if (!customElements.get('terms-manager')) customElements.define('terms-manager', TermsManager);
