import { FoyerSignIn } from './foyer-sign-in.js';

if (!customElements.get('foyer-sign-in')) customElements.define('foyer-sign-in', FoyerSignIn);
