// Every mail Foyer writes, in every language it writes: one catalog per concern, each mail a
// `MailTemplate` that names its four languages (a missing one does not compile). The areas'
// mail modules choose the language (localization/mail-language.ts) and fill in the facts.
// Receipts keep their own catalog beside the PDF they share words with (areas/receipts/messages.ts).
import * as clients from './clients.js';
import * as identity from './identity.js';
import * as marketplace from './marketplace.js';
import * as team from './team.js';
import type { MailTemplate } from './letter.js';

export type { MailTemplate, MailText } from './letter.js';

/** Every template, by catalog and name: what the localization test renders in each language. */
export const mailTemplates: Readonly<Record<string, MailTemplate<any>>> = {
  'identity.confirmSignUp': identity.confirmSignUp,
  'identity.alreadyHaveAccount': identity.alreadyHaveAccount,
  'identity.confirmEmailChange': identity.confirmEmailChange,
  'identity.emailChangeNotice': identity.emailChangeNotice,
  'identity.selfServiceReset': identity.selfServiceReset,
  'identity.passwordChanged': identity.passwordChanged,
  'team.invitation': team.invitation,
  'team.passwordReset': team.passwordReset,
  'clients.accessInvitation': clients.accessInvitation,
  'clients.activationRequest': clients.activationRequest,
  'clients.notification': clients.notification,
  'clients.galleryAdded': clients.galleryAdded,
  'clients.expiryReminder': clients.expiryReminder,
  'marketplace.masterRegistration': marketplace.masterRegistration,
  'marketplace.accountLink': marketplace.accountLink,
  'marketplace.newMasterUser': marketplace.newMasterUser,
  'marketplace.addedMasterUser': marketplace.addedMasterUser,
};
