// Importing this module registers every Foyer element. Import the classes from the
// component modules instead to subclass them or register them under other names.
import './components/foyer-provider/define.js';
import './components/client-access-manager/define.js';
import './components/foyer-sign-in/define.js';
import './components/client-access-login/define.js';
import './components/gallery-overview/define.js';
import './components/gallery-password-prompt/define.js';
import './components/gallery-direct-link/define.js';
import './components/role-picker/define.js';
import './components/account-switcher/define.js';
import './components/contacts-table/define.js';
import './components/contact-activation/define.js';

export { FoyerProvider } from './components/foyer-provider/foyer-provider.js';
export { ClientAccessManager } from './components/client-access-manager/client-access-manager.js';
export { FoyerSignIn } from './components/foyer-sign-in/foyer-sign-in.js';
export { ClientAccessLogin } from './components/client-access-login/client-access-login.js';
export { GalleryOverview } from './components/gallery-overview/gallery-overview.js';
export { GalleryPasswordPrompt } from './components/gallery-password-prompt/gallery-password-prompt.js';
export { GalleryDirectLink } from './components/gallery-direct-link/gallery-direct-link.js';
export { RolePicker } from './components/role-picker/role-picker.js';
export type { CustomRoleOption } from './components/role-picker/role-model.js';
export { AccountSwitcher } from './components/account-switcher/account-switcher.js';
export { ContactsTable } from './components/contacts-table/contacts-table.js';
export { ContactActivation } from './components/contact-activation/contact-activation.js';
export { foyerContext } from './context/foyer-context.js';
export type { FoyerConnection } from './context/foyer-context.js';
export { FoyerSessionChangeEvent } from './events/foyer-session-change-event.js';
export { FoyerSignedInEvent } from './events/foyer-signed-in-event.js';
export { FoyerAccessChangeEvent } from './events/foyer-access-change-event.js';
export type { AccessChange } from './events/foyer-access-change-event.js';
export { FoyerGalleryOpenEvent } from './events/foyer-gallery-open-event.js';
export { FoyerWorkspaceChangeEvent } from './events/foyer-workspace-change-event.js';
export { FoyerContactChangeEvent } from './events/foyer-contact-change-event.js';
export type { ContactChange } from './events/foyer-contact-change-event.js';
export { configureFoyerLocales, matchLocale } from './localization/localization.js';
export type { FoyerLocale, FoyerLocales } from './localization/localization.js';
