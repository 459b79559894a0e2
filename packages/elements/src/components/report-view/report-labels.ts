import { msg, str } from '@lit/localize';
import type { FoyerErrorInfo } from '@foyer/client';
import type { CountedChange, ReportName, ReportThirdParty, TicketType } from '@foyer/schema';
import { errorSentence } from '../../internal/messages.js';
import { typeLabel } from '../../internal/tickets/ticket-format.js';
import { personOf } from './report-model.js';

/** A report's name, as the choice of reports lists it. */
export function reportLabel(report: ReportName): string {
  switch (report) {
    case 'tickets-created':
      return msg('Tickets created');
    case 'ticket-changes':
      return msg('Ticket changes');
    case 'closed-by-third-parties':
      return msg('Tickets closed by third parties');
    case 'opened-by-third-parties':
      return msg('Tickets opened by third parties');
    case 'third-party-tickets-by-type':
      return msg('Tickets by type per third party');
    case 'third-party-changes':
      return msg('Changes by a third party');
    case 'third-party-comments':
      return msg('Third parties’ comments');
  }
}

/** What a report shows, in a sentence below its name. */
export function reportDescription(report: ReportName): string {
  switch (report) {
    case 'tickets-created':
      return msg('How many tickets were opened each day, by type.');
    case 'ticket-changes':
      return msg('Each day’s changes of type, reopenings, closings and refunds.');
    case 'closed-by-third-parties':
      return msg('How many tickets third parties closed each day.');
    case 'opened-by-third-parties':
      return msg('How many tickets third parties opened each day, the shops’ back-ends among them.');
    case 'third-party-tickets-by-type':
      return msg('How many tickets each third party worked on in the period, each counted once under its type after their last change.');
    case 'third-party-changes':
      return msg('Everything one third party did to tickets in the period, newest first.');
    case 'third-party-comments':
      return msg('The comments third parties wrote on tickets in the period, newest first.');
  }
}

function countedChangeLabel(change: CountedChange): string {
  switch (change) {
    case 'reopened':
      return msg('Reopened');
    case 'closed':
      return msg('Closed');
    case 'refunded':
      return msg('Refunded');
    default: {
      const [from, to] = change.split('-to-') as [TicketType, TicketType];
      return msg(str`${typeLabel(from)} to ${typeLabel(to)}`);
    }
  }
}

/** A series' name in the legend and the table's header: a type, a counted change or a third party. */
export function seriesLabel(report: ReportName, key: string, thirdParties: readonly ReportThirdParty[]): string {
  if (report === 'ticket-changes') return countedChangeLabel(key as CountedChange);
  if (report === 'tickets-created' || report === 'third-party-tickets-by-type') return typeLabel(key as TicketType);
  const person = thirdParties.find((t) => t.identityId === key);
  return person ? personOf(person) : msg('A user who was removed');
}

/** What the chart's bars count, for its caption and the table's. */
export function countedWhat(report: ReportName): string {
  switch (report) {
    case 'tickets-created':
      return msg('Tickets created per day');
    case 'ticket-changes':
      return msg('Ticket changes per day');
    case 'closed-by-third-parties':
      return msg('Tickets closed by third parties per day');
    case 'opened-by-third-parties':
      return msg('Tickets opened by third parties per day');
    default:
      return msg('Tickets worked on per third party, by type');
  }
}

/** A third party in the choice: its name, its email, and whether it works through the API only. */
export function thirdPartyOption(t: ReportThirdParty): string {
  const who = t.name ? `${t.name} (${t.email})` : t.email;
  return t.apiOnly ? msg(str`${who}, API only`) : who;
}

/** The sentence for a refusal of a report, in the page's language. */
export function reportRefusal(info: FoyerErrorInfo): string {
  switch (info.code) {
    case 'FORBIDDEN':
      return msg('Your permissions in this master account do not include Reports.');
    case 'NOT_A_MASTER_ACCOUNT':
      return msg('This workspace is not a master account. Reports cover the accounts a master account links.');
    case 'NOT_A_MEMBER':
      return msg('You are not a member of this workspace.');
    case 'THIRD_PARTY_NOT_FOUND':
      return msg('This master account has no such third-party user. Choose another.');
    case 'ACCOUNT_NOT_LINKED':
      return msg('You do not work in this account, or it is no longer linked. Choose another.');
    default:
      return errorSentence(info);
  }
}
