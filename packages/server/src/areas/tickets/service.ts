import {
  RecordTransactionInput,
  type ChangeTicketEmailInput,
  type ChangeTicketTypeInput,
  type CommentTicketInput,
  type ErrorCode,
  type OpenTicketForTransactionInput,
  type OpenTicketInput,
  type RefundTicketInput,
  type TicketDetail,
  type TicketRef,
  type TicketsChanged,
  type TicketsRef,
  type TicketStatus,
  type TicketType,
} from '@foyer/schema';
import type { Knex } from 'knex';
import type { z } from 'zod';
import { ChangeNotes } from '../../audit/change-notes.js';
import type { MemberContext } from '../../callers/contexts.js';
import { badRequest, conflict, FoyerError, notFound } from '../../errors.js';
import { requireMasterAccount } from '../master-accounts/master.js';
import { record } from '../sales/service.js';
import { accountsInScope, type AccountInScope } from './accounts-in-scope.js';
import { actorOf, writeHistory, type TicketHistoryEntry } from './history.js';
import { changeOrderEmail, historyOf, insertTicket, lockSale, lockTickets, orderOf, saleOfAccount, ticketInAccounts, updateTickets, type SaleRow, type TicketRow } from './queries.js';
import { toDetail, toSummary } from './summaries.js';
import { transactionVisibility, visibleTransactionSql } from './transaction-visibility.js';

/** The host back-end opens tickets in a seller account; a master account holds none of its own. */
export function requireSellerAccount(ctx: Pick<MemberContext, 'workspaceKind' | 'template'>): void {
  if (ctx.workspaceKind !== 'account' || ctx.template !== 'marketplace') throw badRequest('NOT_A_SELLER_ACCOUNT');
}

/** The ticket as `tickets.get` shows it, read after its change is committed. */
export async function detailOf(db: Knex, account: AccountInScope, number: number): Promise<TicketDetail> {
  const ticket = (await ticketInAccounts(db, [account.id], number))!;
  const [order, history] = await Promise.all([ticket.transaction_id ? orderOf(db, account.id, ticket.transaction_id) : undefined, historyOf(db, number)]);
  return toDetail(ticket, account, order, history);
}

/** Tickets of a sale of a standard product are never cancellations: only a recurring product is cancelled. */
function requireTypeFits(type: TicketType, productKind: TicketRow['product_kind']): void {
  if (type === 'cancellation' && productKind !== 'recurring') throw badRequest('CANCELLATION_NEEDS_RECURRING');
}

/** A new ticket and its `opened` history row, in one transaction. */
async function createTicket(
  ctx: MemberContext,
  account: AccountInScope,
  ticket: { type: TicketType; customerEmail: string; sale: SaleRow | undefined; comment: string | null },
): Promise<TicketDetail> {
  requireTypeFits(ticket.type, ticket.sale?.product_kind ?? null);
  const now = ctx.clock.now();
  const created = await ctx.db.transaction(async (trx) => {
    const row = await insertTicket(trx, {
      workspace_id: account.id,
      transaction_id: ticket.sale?.id ?? null,
      receipt_number: ticket.sale?.receipt_number ?? null,
      product_kind: ticket.sale?.product_kind ?? null,
      type: ticket.type,
      status: 'open',
      customer_email: ticket.customerEmail,
      opened_at: now,
      changed_at: now,
    });
    await writeHistory(trx, actorOf(ctx), now, [{ workspaceId: account.id, ticketNumber: Number(row.number), kind: 'opened', toType: ticket.type, text: ticket.comment }]);
    return row;
  });
  const number = Number(created.number);
  ctx.audit.note({ ticket: number, account: account.handle, type: ticket.type, receiptNumber: ticket.sale?.receipt_number ?? null });
  return detailOf(ctx.db, account, number);
}

/** `tickets.open`: a customer's ticket, from the seller account's host back-end. The receipt, when given, is a sale of this account. */
export async function open(ctx: MemberContext, input: z.output<typeof OpenTicketInput>): Promise<TicketDetail> {
  requireSellerAccount(ctx);
  const sale = input.receiptNumber ? await saleOfAccount(ctx.db, ctx.workspace.id, input.receiptNumber) : undefined;
  if (input.receiptNumber && !sale) throw notFound('RECEIPT_NOT_FOUND');
  return createTicket(ctx, ctx.workspace, { type: input.type, customerEmail: input.customerEmail, sale, comment: input.comment });
}

/**
 * `tickets.openForTransaction`: a helper opens a ticket for a sale it can see (see
 * transaction-visibility.ts). A sale it cannot see, of an account it does not work in, or none
 * at all get the same answer.
 */
export async function openForTransaction(ctx: MemberContext, input: z.output<typeof OpenTicketForTransactionInput>): Promise<TicketDetail> {
  requireMasterAccount(ctx);
  const account = (await accountsInScope(ctx)).find((a) => a.handle === input.account);
  const sale = account ? await saleOfAccount(ctx.db, account.id, input.receiptNumber, visibleTransactionSql(transactionVisibility(ctx))) : undefined;
  if (!account || !sale) throw notFound('RECEIPT_NOT_FOUND');
  return createTicket(ctx, account, { type: input.type, customerEmail: sale.customer_email, sale, comment: input.comment ?? null });
}

/** `tickets.get`: one ticket of an account the caller works in; any other number is not found. */
export async function get(ctx: MemberContext, input: z.output<typeof TicketRef>): Promise<TicketDetail> {
  requireMasterAccount(ctx);
  const scope = await accountsInScope(ctx);
  const ticket = await ticketInAccounts(
    ctx.db,
    scope.map((a) => a.id),
    input.ticket,
  );
  if (!ticket) throw notFound('TICKET_NOT_FOUND');
  return detailOf(ctx.db, scope.find((a) => a.id === ticket.workspace_id)!, input.ticket);
}

type TicketAction = (trx: Knex.Transaction, ticket: TicketRow, account: AccountInScope, now: Date) => Promise<TicketHistoryEntry>;

/**
 * One change of one ticket in an account the caller works in: the ticket is locked, the
 * action checks its precondition, changes it and says what happened, and the history row is
 * written in the same transaction. Nothing changes when anything refuses.
 */
async function changeTicket(ctx: MemberContext, number: number, action: TicketAction): Promise<TicketDetail> {
  requireMasterAccount(ctx);
  const scope = await accountsInScope(ctx);
  const now = ctx.clock.now();
  const account = await ctx.db.transaction(async (trx) => {
    const [ticket] = await lockTickets(
      trx,
      scope.map((a) => a.id),
      [number],
    );
    if (!ticket) throw notFound('TICKET_NOT_FOUND');
    const where = scope.find((a) => a.id === ticket.workspace_id)!;
    const entry = await action(trx, ticket, where, now);
    await writeHistory(trx, actorOf(ctx), now, [entry]);
    return where;
  });
  ctx.audit.note({ ticket: number, account: account.handle });
  return detailOf(ctx.db, account, number);
}

const entryOf = (ticket: TicketRow, entry: Omit<TicketHistoryEntry, 'workspaceId' | 'ticketNumber' | 'toType'> & { toType?: TicketType }): TicketHistoryEntry => ({
  workspaceId: ticket.workspace_id,
  ticketNumber: Number(ticket.number),
  toType: ticket.type,
  ...entry,
});

function requireNotClosed(ticket: TicketRow): void {
  if (ticket.status === 'closed') throw conflict('TICKET_CLOSED');
}

/** `tickets.comment`: on a ticket of any status (a note on a closed ticket changes nothing else). */
export async function comment(ctx: MemberContext, input: z.output<typeof CommentTicketInput>): Promise<TicketDetail> {
  return changeTicket(ctx, input.ticket, async (trx, ticket, _account, now) => {
    await updateTickets(trx, [input.ticket], { changed_at: now });
    return entryOf(ticket, { kind: 'commented', text: input.text });
  });
}

/** `tickets.changeType`: to another type, on a ticket that is not closed; a cancellation only for a recurring product. */
export async function changeType(ctx: MemberContext, input: z.output<typeof ChangeTicketTypeInput>): Promise<TicketDetail> {
  return changeTicket(ctx, input.ticket, async (trx, ticket, _account, now) => {
    requireNotClosed(ticket);
    if (ticket.type === input.type) throw conflict('TICKET_TYPE_UNCHANGED');
    requireTypeFits(input.type, ticket.product_kind);
    await updateTickets(trx, [input.ticket], { type: input.type, changed_at: now });
    ctx.audit.note({ from: ticket.type, to: input.type });
    return entryOf(ticket, { kind: 'type_changed', fromType: ticket.type, toType: input.type });
  });
}

/**
 * `tickets.changeEmail`: the customer's address, also on a closed ticket. It changes on this
 * ticket and on its order — the sale and every transaction under its receipt — because the
 * address belongs to the order: receipts are sent to it and the transactions search finds the
 * order by it. Other tickets of the same order keep theirs: each ticket's history says what
 * changed on it, and they did not change.
 */
export async function changeEmail(ctx: MemberContext, input: z.output<typeof ChangeTicketEmailInput>): Promise<TicketDetail> {
  return changeTicket(ctx, input.ticket, async (trx, ticket, account, now) => {
    if (ticket.customer_email === input.customerEmail) throw conflict('TICKET_EMAIL_UNCHANGED');
    await updateTickets(trx, [input.ticket], { customer_email: input.customerEmail, changed_at: now });
    if (ticket.receipt_number) await changeOrderEmail(trx, account.id, ticket.receipt_number, input.customerEmail);
    return entryOf(ticket, { kind: 'email_changed', fromEmail: ticket.customer_email, toEmail: input.customerEmail });
  });
}

/**
 * `tickets.refund`: records a refund of the ticket's sale in its account through the sales
 * code path (the refund names the sale's receipt, product and currency, and the daily sales
 * follow by trigger), in the same transaction as the ticket's history row. At most what is
 * left of the sale after its refunds and chargebacks so far; all of that when no amount is given.
 */
export async function refund(ctx: MemberContext, input: z.output<typeof RefundTicketInput>): Promise<TicketDetail> {
  return changeTicket(ctx, input.ticket, async (trx, ticket, account, now) => {
    requireNotClosed(ticket);
    const locked = ticket.transaction_id !== null && (await lockSale(trx, account.id, ticket.transaction_id));
    const sale = locked ? await orderOf(trx, account.id, ticket.transaction_id!) : undefined;
    if (!sale) throw badRequest('TICKET_HAS_NO_SALE');
    const remaining = Number(sale.amount_minor) - Number(sale.refunded_minor);
    const amount = input.amount ?? remaining;
    if (amount <= 0 || amount > remaining) throw badRequest('REFUND_EXCEEDS_SALE', { remaining: Math.max(0, remaining), currency: sale.currency });
    const inAccount: MemberContext = { ...ctx, db: trx, workspace: account, workspaceKind: 'account', template: 'marketplace', audit: new ChangeNotes() };
    const recorded = await record(
      inAccount,
      RecordTransactionInput.parse({
        workspace: account.handle,
        receiptNumber: sale.receipt_number,
        kind: 'refund',
        occurredAt: now.toISOString(),
        productSku: sale.sku,
        customer: { name: sale.customer_name, email: sale.customer_email },
        amount,
        currency: sale.currency,
      }),
    );
    await updateTickets(trx, [input.ticket], { changed_at: now });
    ctx.audit.note({ refundTransactionId: recorded.id, amount, currency: sale.currency });
    return entryOf(ticket, { kind: 'refunded', refund: { amount, currency: sale.currency, transactionId: recorded.id } });
  });
}

/**
 * Closing or reopening several tickets at once: every ticket named must be in an account the
 * caller works in and in a status the change starts from, or nothing changes and the answer
 * names the tickets that did not fit.
 */
async function moveTickets(
  ctx: MemberContext,
  numbers: readonly number[],
  move: { from: readonly TicketStatus[]; to: TicketStatus; refusal: ErrorCode; kind: 'closed' | 'reopened' },
): Promise<TicketsChanged> {
  requireMasterAccount(ctx);
  const scope = await accountsInScope(ctx);
  const byId = new Map(scope.map((a) => [a.id, a]));
  const now = ctx.clock.now();
  await ctx.db.transaction(async (trx) => {
    const tickets = await lockTickets(trx, [...byId.keys()], numbers);
    const found = new Set(tickets.map((t) => Number(t.number)));
    const missing = numbers.filter((n) => !found.has(n));
    if (missing.length > 0) throw new FoyerError('NOT_FOUND', 'TICKET_NOT_FOUND', { tickets: missing });
    const unfit = tickets.filter((t) => !move.from.includes(t.status)).map((t) => Number(t.number));
    if (unfit.length > 0) throw new FoyerError('CONFLICT', move.refusal, { tickets: unfit });
    await updateTickets(trx, numbers, { status: move.to, changed_at: now });
    await writeHistory(
      trx,
      actorOf(ctx),
      now,
      tickets.map((t) => entryOf(t, { kind: move.kind })),
    );
  });
  ctx.audit.note({ tickets: [...numbers] });
  const rows = await Promise.all(numbers.map((n) => ticketInAccounts(ctx.db, [...byId.keys()], n)));
  return { tickets: rows.map((row) => toSummary(row!, byId.get(row!.workspace_id)!)) };
}

/** `tickets.close`: open or reopened tickets become closed. */
export async function close(ctx: MemberContext, input: z.output<typeof TicketsRef>): Promise<TicketsChanged> {
  return moveTickets(ctx, input.tickets, { from: ['open', 'reopened'], to: 'closed', refusal: 'TICKET_ALREADY_CLOSED', kind: 'closed' });
}

/** `tickets.reopen`: closed tickets become reopened. */
export async function reopen(ctx: MemberContext, input: z.output<typeof TicketsRef>): Promise<TicketsChanged> {
  return moveTickets(ctx, input.tickets, { from: ['closed'], to: 'reopened', refusal: 'TICKET_NOT_CLOSED', kind: 'reopened' });
}
