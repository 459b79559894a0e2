import '../foyer-provider/define.js';
import { AccountLinkConfirmation } from './account-link-confirmation.js';

if (!customElements.get('account-link-confirmation')) customElements.define('account-link-confirmation', AccountLinkConfirmation);
