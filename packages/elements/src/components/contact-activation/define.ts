import '../foyer-provider/define.js';
import { ContactActivation } from './contact-activation.js';

if (!customElements.get('contact-activation')) customElements.define('contact-activation', ContactActivation);
