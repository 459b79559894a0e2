import { day, letter, quoted, until, type MailTemplate } from './letter.js';

// The mails to a workspace's team: an invitation to join, a password reset a manager asked for.

interface InvitationFacts {
  to: string;
  workspaceName: string;
  inviterName: string;
  roleName: string;
  link: string;
  expiresAt: Date;
}

export const invitation: MailTemplate<InvitationFacts> = {
  en: (f) => ({
    subject: `${f.inviterName} invites you to ${f.workspaceName}`,
    body: letter('en', null, [
      `${f.inviterName} invites you to join ${f.workspaceName} as ${f.roleName}.`,
      '',
      `Accept the invitation here: ${f.link}`,
      '',
      `The link works once, for ${f.to} only, until ${day(f.expiresAt)}. If it has expired, ask ${f.inviterName} to send the invitation again: the new email holds a fresh link.`,
    ]),
  }),
  de: (f) => ({
    subject: `${f.inviterName} lädt dich zu ${f.workspaceName} ein`,
    body: letter('de', null, [
      `${f.inviterName} lädt dich ein, ${f.workspaceName} als ${quoted('de', f.roleName)} beizutreten.`,
      '',
      `Nimm die Einladung hier an: ${f.link}`,
      '',
      `Der Link funktioniert einmal, nur für ${f.to}, bis ${day(f.expiresAt)}. Wenn er abgelaufen ist, bitte ${f.inviterName}, die Einladung erneut zu senden: Die neue E-Mail enthält einen frischen Link.`,
    ]),
  }),
  nb: (f) => ({
    subject: `${f.inviterName} inviterer deg til ${f.workspaceName}`,
    body: letter('nb', null, [
      `${f.inviterName} inviterer deg til å bli med i ${f.workspaceName} som ${quoted('nb', f.roleName)}.`,
      '',
      `Godta invitasjonen her: ${f.link}`,
      '',
      `Lenken virker én gang, bare for ${f.to}, frem til ${day(f.expiresAt)}. Hvis den er utløpt, be ${f.inviterName} om å sende invitasjonen på nytt: den nye e-posten har en fersk lenke.`,
    ]),
  }),
  hu: (f) => ({
    subject: `Meghívó ide: ${f.workspaceName} (${f.inviterName})`,
    body: letter('hu', null, [
      `${f.inviterName} meghív, hogy csatlakozz ide: ${f.workspaceName}, ${quoted('hu', f.roleName)} szerepkörben.`,
      '',
      `Itt fogadhatod el a meghívást: ${f.link}`,
      '',
      `A link egyszer használható, csak ezzel a címmel: ${f.to}, eddig: ${day(f.expiresAt)}. Ha lejárt, kérd meg a meghívó küldőjét (${f.inviterName}), hogy küldje el újra: az új e-mailben friss link lesz.`,
    ]),
  }),
};

export const passwordReset: MailTemplate<{ workspaceName: string; link: string; expiresAt: Date }> = {
  en: (f) => ({
    subject: `Choose a new password for ${f.workspaceName}`,
    body: letter('en', null, [
      `An administrator of ${f.workspaceName} asked for your password to be reset. Choose a new one here:`,
      '',
      `    ${f.link}`,
      '',
      `The link works once, until ${until(f.expiresAt)}. Choosing a new password signs you out everywhere else.`,
      'Your current password keeps working until you choose a new one.',
    ]),
  }),
  de: (f) => ({
    subject: `Wähle ein neues Passwort für ${f.workspaceName}`,
    body: letter('de', null, [
      `jemand, der ${f.workspaceName} verwaltet, hat das Zurücksetzen deines Passworts angefordert. Wähle hier ein neues:`,
      '',
      `    ${f.link}`,
      '',
      `Der Link funktioniert einmal, bis ${until(f.expiresAt)}. Wenn du ein neues Passwort wählst, wirst du überall sonst abgemeldet.`,
      'Dein jetziges Passwort funktioniert weiter, bis du ein neues wählst.',
    ]),
  }),
  nb: (f) => ({
    subject: `Velg et nytt passord for ${f.workspaceName}`,
    body: letter('nb', null, [
      `En administrator i ${f.workspaceName} har bedt om at passordet ditt tilbakestilles. Velg et nytt her:`,
      '',
      `    ${f.link}`,
      '',
      `Lenken virker én gang, frem til ${until(f.expiresAt)}. Når du velger et nytt passord, blir du logget ut alle andre steder.`,
      'Det nåværende passordet ditt virker til du velger et nytt.',
    ]),
  }),
  hu: (f) => ({
    subject: `Válassz új jelszót ehhez: ${f.workspaceName}`,
    body: letter('hu', null, [
      `Egy adminisztrátor (${f.workspaceName}) kérte a jelszavad visszaállítását. Itt választhatsz újat:`,
      '',
      `    ${f.link}`,
      '',
      `A link egyszer használható, eddig: ${until(f.expiresAt)}. Ha új jelszót választasz, minden más helyen kijelentkezel.`,
      'A jelenlegi jelszavad addig működik, amíg újat nem választasz.',
    ]),
  }),
};
