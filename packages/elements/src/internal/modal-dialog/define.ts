import { ModalDialog } from './modal-dialog.js';

// Several elements' bundles carry this one; the first to load registers it.
if (!customElements.get('foyer-modal-dialog')) customElements.define('foyer-modal-dialog', ModalDialog);
