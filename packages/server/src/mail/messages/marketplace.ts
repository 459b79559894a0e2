import { letter, until, type MailTemplate } from './letter.js';

// The marketplace's mails: registering a master account, linking a seller account to one, and
// the logins a master account makes for its third-party users.

export const masterRegistration: MailTemplate<{ name: string; account: string; link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: 'Confirm your master account',
    body: letter('en', f.name, [
      `You asked for a master account that starts with the seller account ${f.account}. Choose the master account's password here:`,
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. If you did not ask for a master account, ignore this message: nothing is created.`,
    ]),
  }),
  de: (f) => ({
    subject: 'Bestätige dein Stammkonto',
    body: letter('de', f.name, [
      `du hast ein Stammkonto angefordert, das mit dem Verkäuferkonto ${f.account} beginnt. Wähle hier das Passwort des Stammkontos:`,
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du kein Stammkonto angefordert hast, ignoriere diese Nachricht: Es wird nichts angelegt.`,
    ]),
  }),
  nb: (f) => ({
    subject: 'Bekreft hovedkontoen din',
    body: letter('nb', f.name, [
      `Du har bedt om en hovedkonto som starter med selgerkontoen ${f.account}. Velg passordet til hovedkontoen her:`,
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Hvis du ikke har bedt om en hovedkonto, kan du se bort fra denne meldingen: ingenting blir opprettet.`,
    ]),
  }),
  hu: (f) => ({
    subject: 'Erősítsd meg a törzsfiókodat',
    body: letter('hu', f.name, [
      `Törzsfiókot kértél, amely ezzel az eladói fiókkal indul: ${f.account}. Itt választhatod ki a törzsfiók jelszavát:`,
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha nem te kértél törzsfiókot, hagyd figyelmen kívül ezt az üzenetet: semmi sem jön létre.`,
    ]),
  }),
};

export const accountLink: MailTemplate<{ account: string; master: string; link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: `Link ${f.account} to a master account`,
    body: letter('en', null, [
      `The master account of ${f.master} asked to link your seller account ${f.account}. Once linked, that master account opens ${f.account} without its password, and its users work in it as they are allowed. Confirm it here:`,
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. If this was not you, ignore this message and change the account's password: someone knows it.`,
    ]),
  }),
  de: (f) => ({
    subject: `Verknüpfe ${f.account} mit einem Stammkonto`,
    body: letter('de', null, [
      `das Stammkonto von ${f.master} möchte dein Verkäuferkonto ${f.account} verknüpfen. Danach öffnet dieses Stammkonto ${f.account} ohne dessen Passwort, und seine Benutzer arbeiten darin, soweit sie dürfen. Bestätige es hier:`,
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du das nicht warst, ignoriere diese Nachricht und ändere das Passwort des Kontos: Jemand kennt es.`,
    ]),
  }),
  nb: (f) => ({
    subject: `Knytt ${f.account} til en hovedkonto`,
    body: letter('nb', null, [
      `Hovedkontoen til ${f.master} har bedt om å knytte til selgerkontoen din ${f.account}. Når den er knyttet til, åpner hovedkontoen ${f.account} uten passordet, og brukerne arbeider i den slik de har lov til. Bekreft det her:`,
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Hvis dette ikke var deg, se bort fra denne meldingen og bytt passordet til kontoen: noen kjenner det.`,
    ]),
  }),
  hu: (f) => ({
    subject: `Fiók összekapcsolása egy törzsfiókkal: ${f.account}`,
    body: letter('hu', null, [
      `${f.master} törzsfiókja kérte, hogy összekapcsolja az eladói fiókodat: ${f.account}. Az összekapcsolás után ez a törzsfiók jelszó nélkül nyitja meg ezt a fiókot (${f.account}), és a felhasználói a jogosultságaik szerint dolgozhatnak benne. Itt erősítsd meg:`,
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha nem te voltál, hagyd figyelmen kívül ezt az üzenetet, és változtasd meg a fiók jelszavát: valaki ismeri.`,
    ]),
  }),
};

export const newMasterUser: MailTemplate<{ name: string; master: string; link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: `Your login for the master account of ${f.master}`,
    body: letter('en', f.name, [
      `The master account of ${f.master} made a login for you. Confirm your address and choose your password here:`,
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. If you do not expect this, ignore this message.`,
    ]),
  }),
  de: (f) => ({
    subject: `Deine Anmeldung für das Stammkonto von ${f.master}`,
    body: letter('de', f.name, [
      `das Stammkonto von ${f.master} hat eine Anmeldung für dich angelegt. Bestätige hier deine Adresse und wähle dein Passwort:`,
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du das nicht erwartest, ignoriere diese Nachricht.`,
    ]),
  }),
  nb: (f) => ({
    subject: `Påloggingen din for hovedkontoen til ${f.master}`,
    body: letter('nb', f.name, [
      `Hovedkontoen til ${f.master} har laget en pålogging for deg. Bekreft adressen din og velg passord her:`,
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Hvis du ikke venter dette, kan du se bort fra meldingen.`,
    ]),
  }),
  hu: (f) => ({
    subject: `Bejelentkezésed ${f.master} törzsfiókjához`,
    body: letter('hu', f.name, [
      `${f.master} törzsfiókja bejelentkezést hozott létre neked. Itt erősítsd meg a címedet, és válaszd ki a jelszavadat:`,
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha nem számítottál erre, hagyd figyelmen kívül ezt az üzenetet.`,
    ]),
  }),
};

export const addedMasterUser: MailTemplate<{ master: string; signInUrl: string }> = {
  en: (f) => ({
    subject: `You were added to the master account of ${f.master}`,
    body: letter('en', null, [`The master account of ${f.master} added your login as one of its users. Sign in as usual:`, '', `    ${f.signInUrl}`]),
  }),
  de: (f) => ({
    subject: `Du wurdest zum Stammkonto von ${f.master} hinzugefügt`,
    body: letter('de', null, [`das Stammkonto von ${f.master} hat deine Anmeldung als einen seiner Benutzer hinzugefügt. Melde dich wie gewohnt an:`, '', `    ${f.signInUrl}`]),
  }),
  nb: (f) => ({
    subject: `Du er lagt til i hovedkontoen til ${f.master}`,
    body: letter('nb', null, [`Hovedkontoen til ${f.master} har lagt til påloggingen din som en av brukerne sine. Logg inn som vanlig:`, '', `    ${f.signInUrl}`]),
  }),
  hu: (f) => ({
    subject: `Felvettek ${f.master} törzsfiókjának felhasználói közé`,
    body: letter('hu', null, [`${f.master} törzsfiókja felvette a bejelentkezésedet a felhasználói közé. Jelentkezz be a szokott módon:`, '', `    ${f.signInUrl}`]),
  }),
};
