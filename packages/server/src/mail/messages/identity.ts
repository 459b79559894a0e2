import { letter, until, type MailTemplate } from './letter.js';

// The mails about a person's own account: sign-up, a new email address, a forgotten or changed
// password. German lines after the greeting start in lower case, as a German letter does.

export const confirmSignUp: MailTemplate<{ link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: 'Confirm your email address',
    body: letter('en', null, [
      'Someone — hopefully you — asked for an account with this email address. Confirm it here to start using it:',
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. If you did not ask for an account, ignore this message: nothing is created.`,
    ]),
  }),
  de: (f) => ({
    subject: 'Bestätige deine E-Mail-Adresse',
    body: letter('de', null, [
      'jemand – hoffentlich du – hat mit dieser E-Mail-Adresse ein Konto angefordert. Bestätige sie hier, um es zu nutzen:',
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du kein Konto angefordert hast, ignoriere diese Nachricht: Es wird nichts angelegt.`,
    ]),
  }),
  nb: (f) => ({
    subject: 'Bekreft e-postadressen din',
    body: letter('nb', null, [
      'Noen – forhåpentligvis du – har bedt om en konto med denne e-postadressen. Bekreft den her for å ta kontoen i bruk:',
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Hvis du ikke har bedt om en konto, kan du se bort fra denne meldingen: ingenting blir opprettet.`,
    ]),
  }),
  hu: (f) => ({
    subject: 'Erősítsd meg az e-mail-címedet',
    body: letter('hu', null, [
      'Valaki – remélhetőleg te – fiókot kért ezzel az e-mail-címmel. A használatba vételhez itt erősítsd meg:',
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha nem te kértél fiókot, hagyd figyelmen kívül ezt az üzenetet: semmi sem jön létre.`,
    ]),
  }),
};

export const alreadyHaveAccount: MailTemplate<{ signInUrl: string; agency: boolean }> = {
  en: (f) => ({
    subject: 'You already have an account',
    body: letter('en', null, [
      'Someone — hopefully you — asked for a new account with this email address, but it already has one.',
      f.agency
        ? 'An agency account needs an email address used for nothing else: register the agency with another address.'
        : 'Sign in with it instead. If you forgot its password, ask for a new one on the sign-in page.',
      '',
      `    ${f.signInUrl}`,
      '',
      'If this was not you, ignore this message: nothing changed.',
    ]),
  }),
  de: (f) => ({
    subject: 'Du hast bereits ein Konto',
    body: letter('de', null, [
      'jemand – hoffentlich du – hat mit dieser E-Mail-Adresse ein neues Konto angefordert, aber es gibt schon eines.',
      f.agency
        ? 'Ein Agenturkonto braucht eine E-Mail-Adresse, die sonst für nichts verwendet wird: Registriere die Agentur mit einer anderen Adresse.'
        : 'Melde dich stattdessen damit an. Wenn du das Passwort vergessen hast, fordere auf der Anmeldeseite ein neues an.',
      '',
      `    ${f.signInUrl}`,
      '',
      'Wenn du das nicht warst, ignoriere diese Nachricht: Es hat sich nichts geändert.',
    ]),
  }),
  nb: (f) => ({
    subject: 'Du har allerede en konto',
    body: letter('nb', null, [
      'Noen – forhåpentligvis du – har bedt om en ny konto med denne e-postadressen, men den har allerede en.',
      f.agency
        ? 'En byråkonto trenger en e-postadresse som ikke brukes til noe annet: registrer byrået med en annen adresse.'
        : 'Logg inn med den i stedet. Har du glemt passordet, kan du be om et nytt på påloggingssiden.',
      '',
      `    ${f.signInUrl}`,
      '',
      'Hvis dette ikke var deg, kan du se bort fra denne meldingen: ingenting er endret.',
    ]),
  }),
  hu: (f) => ({
    subject: 'Már van fiókod',
    body: letter('hu', null, [
      'Valaki – remélhetőleg te – új fiókot kért ezzel az e-mail-címmel, de ehhez már tartozik fiók.',
      f.agency
        ? 'Egy ügynökségi fióknak olyan e-mail-cím kell, amelyet semmi másra nem használnak: regisztráld az ügynökséget egy másik címmel.'
        : 'Inkább jelentkezz be vele. Ha elfelejtetted a jelszavát, kérj újat a bejelentkezési oldalon.',
      '',
      `    ${f.signInUrl}`,
      '',
      'Ha nem te voltál, hagyd figyelmen kívül ezt az üzenetet: semmi sem változott.',
    ]),
  }),
};

export const confirmEmailChange: MailTemplate<{ link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: 'Confirm your new email address',
    body: letter('en', null, [
      'Your account asked to use this email address from now on. Confirm it here:',
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. Until then the account keeps its old address. Confirming signs you out everywhere else.`,
    ]),
  }),
  de: (f) => ({
    subject: 'Bestätige deine neue E-Mail-Adresse',
    body: letter('de', null, [
      'für dein Konto wurde angefordert, ab jetzt diese E-Mail-Adresse zu verwenden. Bestätige sie hier:',
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Bis dahin behält das Konto seine alte Adresse. Mit der Bestätigung wirst du überall sonst abgemeldet.`,
    ]),
  }),
  nb: (f) => ({
    subject: 'Bekreft den nye e-postadressen din',
    body: letter('nb', null, [
      'Det er bedt om at kontoen din bruker denne e-postadressen fra nå av. Bekreft den her:',
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Frem til da beholder kontoen den gamle adressen. Når du bekrefter, blir du logget ut alle andre steder.`,
    ]),
  }),
  hu: (f) => ({
    subject: 'Erősítsd meg az új e-mail-címedet',
    body: letter('hu', null, [
      'A fiókodhoz kérték, hogy mostantól ezt az e-mail-címet használja. Itt erősítsd meg:',
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Addig a fiók megtartja a régi címét. A megerősítéssel minden más helyen kijelentkezel.`,
    ]),
  }),
};

export const emailChangeNotice: MailTemplate<{ newEmail: string; confirmed: boolean }> = {
  en: (f) => ({
    subject: f.confirmed ? 'Your email address was changed' : 'A new email address was asked for your account',
    body: letter('en', null, [
      f.confirmed
        ? `Your account now signs in with ${f.newEmail} instead of this address, and every other session was ended.`
        : `Your account asked to sign in with ${f.newEmail} from now on. Nothing changes until that address confirms it.`,
      '',
      'If this was not you, sign in, change your password, and end the sessions you do not know.',
    ]),
  }),
  de: (f) => ({
    subject: f.confirmed ? 'Deine E-Mail-Adresse wurde geändert' : 'Für dein Konto wurde eine neue E-Mail-Adresse angefordert',
    body: letter('de', null, [
      f.confirmed
        ? `dein Konto meldet sich jetzt mit ${f.newEmail} statt mit dieser Adresse an, und alle anderen Sitzungen wurden beendet.`
        : `für dein Konto wurde angefordert, dich ab jetzt mit ${f.newEmail} anzumelden. Es ändert sich nichts, bis diese Adresse das bestätigt.`,
      '',
      'Wenn du das nicht warst, melde dich an, ändere dein Passwort und beende die Sitzungen, die du nicht kennst.',
    ]),
  }),
  nb: (f) => ({
    subject: f.confirmed ? 'E-postadressen din er endret' : 'Det er bedt om en ny e-postadresse for kontoen din',
    body: letter('nb', null, [
      f.confirmed
        ? `Kontoen din logger nå inn med ${f.newEmail} i stedet for denne adressen, og alle andre økter er avsluttet.`
        : `Det er bedt om at kontoen din logger inn med ${f.newEmail} fra nå av. Ingenting endres før den adressen har bekreftet det.`,
      '',
      'Hvis dette ikke var deg, logg inn, bytt passord og avslutt øktene du ikke kjenner igjen.',
    ]),
  }),
  hu: (f) => ({
    subject: f.confirmed ? 'Megváltozott az e-mail-címed' : 'Új e-mail-címet kértek a fiókodhoz',
    body: letter('hu', null, [
      f.confirmed
        ? `A fiókod mostantól ezen cím helyett ezzel jelentkezik be: ${f.newEmail}. Minden más munkamenet véget ért.`
        : `A fiókodhoz kérték, hogy mostantól ezzel a címmel jelentkezzen be: ${f.newEmail}. Semmi sem változik, amíg az a cím meg nem erősíti.`,
      '',
      'Ha nem te voltál, jelentkezz be, változtasd meg a jelszavadat, és zárd le azokat a munkameneteket, amelyeket nem ismersz.',
    ]),
  }),
};

export const selfServiceReset: MailTemplate<{ link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: 'Choose a new password',
    body: letter('en', null, [
      'Someone — hopefully you — asked for a new password for your account. Choose one here:',
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. Choosing a new password signs you out everywhere else. Your current password keeps working until then; if you did not ask, ignore this message.`,
    ]),
  }),
  de: (f) => ({
    subject: 'Wähle ein neues Passwort',
    body: letter('de', null, [
      'jemand – hoffentlich du – hat ein neues Passwort für dein Konto angefordert. Wähle hier eines:',
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du ein neues Passwort wählst, wirst du überall sonst abgemeldet. Bis dahin funktioniert dein jetziges Passwort weiter; wenn du nichts angefordert hast, ignoriere diese Nachricht.`,
    ]),
  }),
  nb: (f) => ({
    subject: 'Velg et nytt passord',
    body: letter('nb', null, [
      'Noen – forhåpentligvis du – har bedt om et nytt passord for kontoen din. Velg et her:',
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Når du velger et nytt passord, blir du logget ut alle andre steder. Det nåværende passordet virker frem til da; hvis du ikke har bedt om dette, kan du se bort fra meldingen.`,
    ]),
  }),
  hu: (f) => ({
    subject: 'Válassz új jelszót',
    body: letter('hu', null, [
      'Valaki – remélhetőleg te – új jelszót kért a fiókodhoz. Itt választhatsz egyet:',
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha új jelszót választasz, minden más helyen kijelentkezel. A jelenlegi jelszavad addig működik; ha nem te kérted, hagyd figyelmen kívül ezt az üzenetet.`,
    ]),
  }),
};

export const passwordChanged: MailTemplate<Record<string, never>> = {
  en: () => ({
    subject: 'Your password was changed',
    body: letter('en', null, [
      'The password of your account was just changed, and every other session was ended.',
      '',
      'If this was not you, ask for a new password on the sign-in page at once.',
    ]),
  }),
  de: () => ({
    subject: 'Dein Passwort wurde geändert',
    body: letter('de', null, [
      'das Passwort deines Kontos wurde gerade geändert, und alle anderen Sitzungen wurden beendet.',
      '',
      'Wenn du das nicht warst, fordere sofort auf der Anmeldeseite ein neues Passwort an.',
    ]),
  }),
  nb: () => ({
    subject: 'Passordet ditt er endret',
    body: letter('nb', null, [
      'Passordet til kontoen din ble nettopp endret, og alle andre økter er avsluttet.',
      '',
      'Hvis dette ikke var deg, be om et nytt passord på påloggingssiden med en gang.',
    ]),
  }),
  hu: () => ({
    subject: 'Megváltozott a jelszavad',
    body: letter('hu', null, ['A fiókod jelszavát az imént megváltoztatták, és minden más munkamenet véget ért.', '', 'Ha nem te voltál, azonnal kérj új jelszót a bejelentkezési oldalon.']),
  }),
};
