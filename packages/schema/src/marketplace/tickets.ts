import { z } from 'zod';
import { Email, InWorkspace, WorkspaceHandle } from '../common.js';
import { MinorAmount, ProductKind, ReceiptNumber, Transaction } from './sales.js';

/** What a customer asks for: technical `support`, a `refund`, or the `cancellation` of a recurring product. */
export const TicketType = z.enum(['support', 'refund', 'cancellation']);
export type TicketType = z.infer<typeof TicketType>;

/** A ticket is `open` until closed; a closed ticket opened again is `reopened`. */
export const TicketStatus = z.enum(['open', 'reopened', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** The list's "product type": tickets of standard sales, of recurring ones, or both (tickets without a sale too). */
export const TicketProductFilter = z.enum(['standard', 'recurring', 'both']);
export type TicketProductFilter = z.infer<typeof TicketProductFilter>;

/** The number a ticket is known by: one sequence across Foyer, so a number names one ticket in every account. */
export const TicketNumber = z
  .number({ error: 'must be a ticket number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be a ticket number' })
  .max(Number.MAX_SAFE_INTEGER, { error: 'must be a ticket number' });

/** A comment on a ticket: 1 to 4000 characters, line breaks allowed. */
export const TicketComment = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(4000, { error: 'must be at most 4000 characters' })
  .regex(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, { error: 'must not contain control characters other than line breaks' });

/**
 * What a change to a ticket was. Every change writes one history row, and reports are read
 * from the history alone.
 */
export const TicketChangeKind = z.enum(['opened', 'type_changed', 'closed', 'reopened', 'refunded', 'commented', 'email_changed']);
export type TicketChangeKind = z.infer<typeof TicketChangeKind>;

/** Who made a change: the owner (of the master account or of the seller account), a third-party user, or a call with an API key (a host back-end). */
export const TicketActorKind = z.enum(['owner', 'third-party', 'api']);
export type TicketActorKind = z.infer<typeof TicketActorKind>;

/**
 * A customer's ticket, opened by the seller account's host back-end through the API (an API
 * key holding API read/write) on the seller account's workspace. The receipt, when given, is
 * a sale of that account; a cancellation needs a sale of a recurring product.
 */
export const OpenTicketInput = InWorkspace.extend({
  type: TicketType,
  customerEmail: Email,
  receiptNumber: ReceiptNumber.optional(),
  comment: TicketComment,
});
export type OpenTicketInput = z.input<typeof OpenTicketInput>;

/** Newest first (by opening), oldest first, or recently changed first. */
export const TicketSort = z.enum(['newest', 'oldest', 'changed']);
export type TicketSort = z.infer<typeof TicketSort>;

/** At least this many characters of a customer's email to search by: shorter pieces match nearly everything. */
export const ticketEmailSearchMinLength = 3;
/** A search counts its matches up to this many, then says "at least": counting every match would cost more than the page. */
export const ticketSearchCountCap = 10_000;

/**
 * The master account's ticket list: every linked account the caller works in (or the one
 * named), filtered and searched; the searches narrow together. Pages continue after
 * `nextCursor`, which holds only for the same sort and filters.
 */
export const ListTicketsInput = InWorkspace.extend({
  account: WorkspaceHandle.optional(),
  type: TicketType.optional(),
  productKind: TicketProductFilter.default('both'),
  status: z.array(TicketStatus).min(1, { error: 'must name at least one status' }).max(3).optional(),
  customerEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(ticketEmailSearchMinLength, { error: `must be at least ${ticketEmailSearchMinLength} characters` })
    .max(254, { error: 'must be at most 254 characters' })
    .optional(),
  ticketNumber: TicketNumber.optional(),
  receiptNumber: ReceiptNumber.optional(),
  sort: TicketSort.default('newest'),
  after: z.string().max(500, { error: 'must be at most 500 characters' }).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type ListTicketsInput = z.input<typeof ListTicketsInput>;

/** A seller account's own tickets, for its host back-end (API read): the same list, in the account the call names. */
export const AccountTicketsInput = ListTicketsInput.omit({ account: true });
export type AccountTicketsInput = z.input<typeof AccountTicketsInput>;

export const TicketAccount = z.object({ handle: z.string(), name: z.string() });

/** A ticket as the list shows it. `receiptNumber` and `productKind` are null for a ticket without a sale. */
export const TicketSummary = z.object({
  number: z.number(),
  account: TicketAccount,
  type: TicketType,
  status: TicketStatus,
  customerEmail: z.string(),
  receiptNumber: z.string().nullable(),
  productKind: ProductKind.nullable(),
  openedAt: z.string(),
  changedAt: z.string(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;

export const TicketStatusCounts = z.object({ open: z.number(), reopened: z.number(), closed: z.number() });
export type TicketStatusCounts = z.infer<typeof TicketStatusCounts>;

export const TicketsPage = z.object({
  tickets: z.array(TicketSummary),
  nextCursor: z.string().nullable(),
  /** How many tickets match, across every page. */
  total: z.number(),
  /**
   * False when `total` is not an exact count: at least `total` match when a search matched more
   * than `ticketSearchCountCap`, or about `total` when `totalEstimated` is true.
   */
  totalExact: z.boolean(),
  /**
   * True when `total` is an estimate, rounded: a piece of an email that very many tickets hold is
   * paged newest first without reading every match, and counted from its share of the newest tickets.
   */
  totalEstimated: z.boolean(),
  /** Without a search: how many tickets of each status the other filters match (for the status tabs). Null with a search. */
  byStatus: TicketStatusCounts.nullable(),
});
export type TicketsPage = z.infer<typeof TicketsPage>;

export const TicketRef = InWorkspace.extend({ ticket: TicketNumber });
export type TicketRef = z.infer<typeof TicketRef>;

/** Several tickets at once (close, reopen): all of them change, or none. */
export const TicketsRef = InWorkspace.extend({
  tickets: z
    .array(TicketNumber)
    .min(1, { error: 'must name at least one ticket' })
    .max(200, { error: 'must name at most 200 tickets' })
    .refine((numbers) => new Set(numbers).size === numbers.length, { error: 'must name each ticket once' }),
});
export type TicketsRef = z.infer<typeof TicketsRef>;

export const CommentTicketInput = TicketRef.extend({ text: TicketComment });
export type CommentTicketInput = z.input<typeof CommentTicketInput>;

export const ChangeTicketTypeInput = TicketRef.extend({ type: TicketType });
export type ChangeTicketTypeInput = z.input<typeof ChangeTicketTypeInput>;

/** The customer's email on the ticket and on its order (the sale and the transactions that follow it). */
export const ChangeTicketEmailInput = TicketRef.extend({ customerEmail: Email });
export type ChangeTicketEmailInput = z.input<typeof ChangeTicketEmailInput>;

/** A refund of the ticket's sale, recorded as a refund transaction of the account: the whole amount left when `amount` is absent. */
export const RefundTicketInput = TicketRef.extend({ amount: MinorAmount.min(1, { error: 'must be more than 0' }).optional() });
export type RefundTicketInput = z.input<typeof RefundTicketInput>;

/** A helper opens a ticket for a sale of one of the accounts it works in, found by its receipt. */
export const OpenTicketForTransactionInput = InWorkspace.extend({
  account: WorkspaceHandle,
  receiptNumber: ReceiptNumber,
  type: TicketType,
  comment: TicketComment.optional(),
});
export type OpenTicketForTransactionInput = z.input<typeof OpenTicketForTransactionInput>;

/** Who made a change; `name` and `email` are null when the identity is gone. */
export const TicketActor = z.object({ kind: TicketActorKind, identityId: z.string().nullable(), name: z.string().nullable(), email: z.string().nullable() });
export type TicketActor = z.infer<typeof TicketActor>;

/** One change of a ticket's history; `type` is the ticket's type after it. */
const change = <K extends TicketChangeKind, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), at: z.string(), actor: TicketActor, type: TicketType, ...shape });

export const TicketChange = z.discriminatedUnion('kind', [
  /** `text` is the first message, when there was one. */
  change('opened', { text: z.string().nullable() }),
  change('type_changed', { from: TicketType, to: TicketType }),
  change('closed', {}),
  change('reopened', {}),
  /** `transactionId` is the refund transaction's (null once it is deleted). */
  change('refunded', { amount: z.number(), currency: z.string(), transactionId: z.string().nullable() }),
  change('commented', { text: z.string() }),
  change('email_changed', { from: z.string(), to: z.string() }),
]);
export type TicketChange = z.infer<typeof TicketChange>;

/** The ticket's sale as the order details show it; `refunded` adds up its refunds and chargebacks so far, `refundable` is what is left. */
export const TicketOrder = Transaction.pick({ receiptNumber: true, occurredAt: true, product: true, customer: true, amount: true, tax: true, currency: true }).extend({
  transactionId: z.string(),
  refunded: z.number(),
  refundable: z.number(),
});
export type TicketOrder = z.infer<typeof TicketOrder>;

/** A ticket with its order details (null without a sale) and its history, oldest change first. */
export const TicketDetail = TicketSummary.extend({ order: TicketOrder.nullable(), history: z.array(TicketChange) });
export type TicketDetail = z.infer<typeof TicketDetail>;

/** The tickets a bulk close or reopen changed, in the order named. */
export const TicketsChanged = z.object({ tickets: z.array(TicketSummary) });
export type TicketsChanged = z.infer<typeof TicketsChanged>;
