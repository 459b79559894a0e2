import { FoyerProvider } from './foyer-provider.js';

if (!customElements.get('foyer-provider')) customElements.define('foyer-provider', FoyerProvider);
