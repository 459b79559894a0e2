// Importing this module registers every Foyer element. Import the classes from the
// component modules instead to subclass them or register them under other names.
import './components/foyer-provider/define.js';
import './components/client-access-manager/define.js';

export { FoyerProvider } from './components/foyer-provider/foyer-provider.js';
export { ClientAccessManager } from './components/client-access-manager/client-access-manager.js';
export { foyerContext } from './context/foyer-context.js';
export type { FoyerConnection } from './context/foyer-context.js';
export { FoyerSessionChangeEvent } from './events/foyer-session-change-event.js';
export { FoyerSignedInEvent } from './events/foyer-signed-in-event.js';
export { FoyerAccessChangeEvent } from './events/foyer-access-change-event.js';
export type { AccessChange } from './events/foyer-access-change-event.js';
