import type { NotificationCategory } from '@foyer/schema';
import { day, letter, quoted, until, type MailTemplate } from './letter.js';

// The mails a workspace sends its clients: a client access's code, a contact's activation
// request, the host's notifications.

interface AccessFacts {
  workspaceName: string;
  accessName: string;
  code: string;
  /** The owner's entry page with the code, or null when the workspace has no entry page. */
  link: string | null;
}

export const accessInvitation: MailTemplate<AccessFacts> = {
  en: (f) => ({
    subject: `Your galleries at ${f.workspaceName}`,
    body: letter('en', f.accessName, [
      `${f.workspaceName} has shared galleries with you. Open them all with one access code:`,
      '',
      `    ${f.code}`,
      '',
      f.link ? `Enter it here, or follow this link: ${f.link}` : 'Enter it on our website to see your galleries.',
      '',
      'New galleries appear there as soon as they are ready, with the same code.',
    ]),
  }),
  de: (f) => ({
    subject: `Deine Galerien bei ${f.workspaceName}`,
    body: letter('de', f.accessName, [
      `${f.workspaceName} hat Galerien mit dir geteilt. Öffne sie alle mit einem Zugangscode:`,
      '',
      `    ${f.code}`,
      '',
      f.link ? `Gib ihn hier ein oder folge diesem Link: ${f.link}` : 'Gib ihn auf unserer Website ein, um deine Galerien zu sehen.',
      '',
      'Neue Galerien erscheinen dort, sobald sie fertig sind – mit demselben Code.',
    ]),
  }),
  nb: (f) => ({
    subject: `Galleriene dine hos ${f.workspaceName}`,
    body: letter('nb', f.accessName, [
      `${f.workspaceName} har delt gallerier med deg. Åpne alle med én tilgangskode:`,
      '',
      `    ${f.code}`,
      '',
      f.link ? `Skriv den inn her, eller følg denne lenken: ${f.link}` : 'Skriv den inn på nettstedet vårt for å se galleriene dine.',
      '',
      'Nye gallerier dukker opp der så snart de er klare, med den samme koden.',
    ]),
  }),
  hu: (f) => ({
    subject: `Galériáid itt: ${f.workspaceName}`,
    body: letter('hu', f.accessName, [
      `${f.workspaceName} galériákat osztott meg veled. Mindet egyetlen hozzáférési kóddal nyithatod meg:`,
      '',
      `    ${f.code}`,
      '',
      f.link ? `Írd be itt, vagy kövesd ezt a linket: ${f.link}` : 'Írd be a weboldalunkon, hogy lásd a galériáidat.',
      '',
      'Az új galériák ugyanezzel a kóddal jelennek meg ott, amint elkészülnek.',
    ]),
  }),
};

interface ActivationFacts {
  workspaceName: string;
  contactName: string;
  link: string;
  expiresAt: Date;
}

export const activationRequest: MailTemplate<ActivationFacts> = {
  en: (f) => ({
    subject: `Activate your account at ${f.workspaceName}`,
    body: letter('en', f.contactName, [
      `${f.workspaceName} has opened an account for you. Follow this link to set your password, accept the terms of service and activate the account:`,
      '',
      f.link,
      '',
      `The link works once and until ${until(f.expiresAt)}. If it has expired, ask ${f.workspaceName} for a new activation request.`,
    ]),
  }),
  de: (f) => ({
    subject: `Aktiviere dein Konto bei ${f.workspaceName}`,
    body: letter('de', f.contactName, [
      `${f.workspaceName} hat ein Konto für dich eröffnet. Folge diesem Link, um dein Passwort festzulegen, die Nutzungsbedingungen zu akzeptieren und das Konto zu aktivieren:`,
      '',
      f.link,
      '',
      `Der Link funktioniert einmal und bis ${until(f.expiresAt)}. Wenn er abgelaufen ist, bitte ${f.workspaceName} um eine neue Aktivierungsanfrage.`,
    ]),
  }),
  nb: (f) => ({
    subject: `Aktiver kontoen din hos ${f.workspaceName}`,
    body: letter('nb', f.contactName, [
      `${f.workspaceName} har opprettet en konto for deg. Følg denne lenken for å velge passord, godta bruksvilkårene og aktivere kontoen:`,
      '',
      f.link,
      '',
      `Lenken virker én gang og frem til ${until(f.expiresAt)}. Hvis den er utløpt, be ${f.workspaceName} om en ny aktiveringsforespørsel.`,
    ]),
  }),
  hu: (f) => ({
    subject: `Aktiváld a fiókodat itt: ${f.workspaceName}`,
    body: letter('hu', f.contactName, [
      `${f.workspaceName} fiókot nyitott neked. Ezen a linken beállíthatod a jelszavadat, elfogadhatod a felhasználási feltételeket, és aktiválhatod a fiókot:`,
      '',
      f.link,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha lejárt, kérj új aktiválási kérést innen: ${f.workspaceName}.`,
    ]),
  }),
};

/** The names of the notification categories a contact chooses, as the notice's last line says them. */
export const categoryNames: Readonly<Record<keyof typeof notification, Record<NotificationCategory, string>>> = {
  en: { general: 'general', product: 'product', domain: 'domain', invoice: 'billing', support: 'support', affiliate: 'affiliate' },
  de: { general: 'Allgemein', product: 'Produkt', domain: 'Domain', invoice: 'Rechnung', support: 'Support', affiliate: 'Partnerprogramm' },
  nb: { general: 'generelt', product: 'produkt', domain: 'domene', invoice: 'faktura', support: 'kundestøtte', affiliate: 'partnerprogram' },
  hu: { general: 'általános', product: 'termék', domain: 'domain', invoice: 'számlázás', support: 'ügyfélszolgálat', affiliate: 'partnerprogram' },
};

interface NotificationFacts {
  name: string;
  /** The host's own subject and text: written in whatever language the host writes. */
  subject: string;
  text: string;
  category: NotificationCategory;
  workspaceName: string;
}

/** The host's notice, framed in the contact's language. */
export const notification: MailTemplate<NotificationFacts> = {
  en: (f) => ({
    subject: f.subject,
    body: letter('en', f.name, [f.text, '', `You receive this because you chose ${categoryNames.en[f.category]} notifications from ${f.workspaceName}.`]),
  }),
  de: (f) => ({
    subject: f.subject,
    body: letter('de', f.name, [
      f.text,
      '',
      `Du erhältst diese Nachricht, weil du bei ${f.workspaceName} Benachrichtigungen der Kategorie ${quoted('de', categoryNames.de[f.category])} gewählt hast.`,
    ]),
  }),
  nb: (f) => ({
    subject: f.subject,
    body: letter('nb', f.name, [f.text, '', `Du får denne meldingen fordi du har valgt varsler om ${quoted('nb', categoryNames.nb[f.category])} fra ${f.workspaceName}.`]),
  }),
  hu: (f) => ({
    subject: f.subject,
    body: letter('hu', f.name, [f.text, '', `Azért kapod ezt az üzenetet, mert ${quoted('hu', categoryNames.hu[f.category])} kategóriájú értesítéseket kértél innen: ${f.workspaceName}.`]),
  }),
};

interface GalleryAddedFacts {
  workspaceName: string;
  accessName: string;
  /** The titles of the galleries just added. */
  titles: readonly string[];
  /** The owner's entry page, or null when the workspace has none. */
  link: string | null;
}

// The client already holds the code: the mail names the galleries and where to open them, never the code.
export const galleryAdded: MailTemplate<GalleryAddedFacts> = {
  en: (f) => ({
    subject: f.titles.length === 1 ? `A new gallery from ${f.workspaceName}: ${f.titles[0]}` : `New galleries from ${f.workspaceName}`,
    body: letter('en', f.accessName, [
      f.titles.length === 1 ? `${f.workspaceName} has added a gallery for you:` : `${f.workspaceName} has added galleries for you:`,
      '',
      ...f.titles.map((t) => `    ${t}`),
      '',
      f.link ? `Open it with your access code here: ${f.link}` : 'Open it on our website with your access code.',
    ]),
  }),
  de: (f) => ({
    subject: f.titles.length === 1 ? `Eine neue Galerie von ${f.workspaceName}: ${f.titles[0]}` : `Neue Galerien von ${f.workspaceName}`,
    body: letter('de', f.accessName, [
      f.titles.length === 1 ? `${f.workspaceName} hat eine Galerie für dich hinzugefügt:` : `${f.workspaceName} hat Galerien für dich hinzugefügt:`,
      '',
      ...f.titles.map((t) => `    ${t}`),
      '',
      f.link ? `Öffne sie hier mit deinem Zugangscode: ${f.link}` : 'Öffne sie auf unserer Website mit deinem Zugangscode.',
    ]),
  }),
  nb: (f) => ({
    subject: f.titles.length === 1 ? `Et nytt galleri fra ${f.workspaceName}: ${f.titles[0]}` : `Nye gallerier fra ${f.workspaceName}`,
    body: letter('nb', f.accessName, [
      f.titles.length === 1 ? `${f.workspaceName} har lagt til et galleri for deg:` : `${f.workspaceName} har lagt til gallerier for deg:`,
      '',
      ...f.titles.map((t) => `    ${t}`),
      '',
      f.link ? `Åpne det her med tilgangskoden din: ${f.link}` : 'Åpne det på nettstedet vårt med tilgangskoden din.',
    ]),
  }),
  hu: (f) => ({
    subject: f.titles.length === 1 ? `Új galéria tőle: ${f.workspaceName} – ${f.titles[0]}` : `Új galériák tőle: ${f.workspaceName}`,
    body: letter('hu', f.accessName, [
      f.titles.length === 1 ? `${f.workspaceName} hozzáadott egy galériát neked:` : `${f.workspaceName} galériákat adott hozzá neked:`,
      '',
      ...f.titles.map((t) => `    ${t}`),
      '',
      f.link ? `Nyisd meg itt a hozzáférési kódoddal: ${f.link}` : 'Nyisd meg a weboldalunkon a hozzáférési kódoddal.',
    ]),
  }),
};

interface ExpiryReminderFacts {
  workspaceName: string;
  accessName: string;
  expiresAt: Date;
  link: string | null;
}

export const expiryReminder: MailTemplate<ExpiryReminderFacts> = {
  en: (f) => ({
    subject: `Your galleries at ${f.workspaceName} close on ${day(f.expiresAt)}`,
    body: letter('en', f.accessName, [
      `Your access to the galleries of ${f.workspaceName} ends at ${until(f.expiresAt)}.`,
      f.link ? `Until then, open them with your access code here: ${f.link}` : 'Until then, open them on our website with your access code.',
      '',
      `To keep them longer, ask ${f.workspaceName}.`,
    ]),
  }),
  de: (f) => ({
    subject: `Deine Galerien bei ${f.workspaceName} schließen am ${day(f.expiresAt)}`,
    body: letter('de', f.accessName, [
      `Dein Zugang zu den Galerien von ${f.workspaceName} endet am ${until(f.expiresAt)}.`,
      f.link ? `Bis dahin öffnest du sie hier mit deinem Zugangscode: ${f.link}` : 'Bis dahin öffnest du sie auf unserer Website mit deinem Zugangscode.',
      '',
      `Wenn du sie länger brauchst, frag ${f.workspaceName}.`,
    ]),
  }),
  nb: (f) => ({
    subject: `Galleriene dine hos ${f.workspaceName} stenges ${day(f.expiresAt)}`,
    body: letter('nb', f.accessName, [
      `Tilgangen din til galleriene hos ${f.workspaceName} slutter ${until(f.expiresAt)}.`,
      f.link ? `Til da åpner du dem her med tilgangskoden din: ${f.link}` : 'Til da åpner du dem på nettstedet vårt med tilgangskoden din.',
      '',
      `Spør ${f.workspaceName} hvis du vil beholde dem lenger.`,
    ]),
  }),
  hu: (f) => ({
    subject: `Galériáid itt: ${f.workspaceName} – bezárnak ${day(f.expiresAt)}`,
    body: letter('hu', f.accessName, [
      `A hozzáférésed ${f.workspaceName} galériáihoz ekkor jár le: ${until(f.expiresAt)}.`,
      f.link ? `Addig itt nyithatod meg őket a hozzáférési kódoddal: ${f.link}` : 'Addig a weboldalunkon nyithatod meg őket a hozzáférési kódoddal.',
      '',
      `Ha tovább szeretnéd megtartani őket, kérdezd meg: ${f.workspaceName}.`,
    ]),
  }),
};
