// Importing this module registers every Foyer element. Import the classes from the
// component modules instead to subclass them or register them under other names.
import './components/foyer-provider/define.js';

export { FoyerProvider } from './components/foyer-provider/foyer-provider.js';
export { foyerContext } from './context/foyer-context.js';
export type { FoyerConnection } from './context/foyer-context.js';
export { FoyerSessionChangeEvent } from './events/foyer-session-change-event.js';
export { FoyerSignedInEvent } from './events/foyer-signed-in-event.js';
