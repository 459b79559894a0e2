import type { TicketActorKind, TicketChangeKind, TicketType } from '@foyer/schema';
import type { Knex } from 'knex';
import type { MemberContext } from '../../callers/contexts.js';

/** Who makes a change, as the history keeps it. */
export interface TicketActorRef {
  identityId: string;
  kind: TicketActorKind;
}

/**
 * A call with an API key is the host back-end's (`api`), whoever its user is; the owner of the
 * master account, or of the seller account itself, is the `owner`; anyone else is a third party.
 */
export function actorOf(ctx: Pick<MemberContext, 'identityId' | 'apiKeyId' | 'kind' | 'through'>): TicketActorRef {
  if (ctx.apiKeyId) return { identityId: ctx.identityId, kind: 'api' };
  if (ctx.kind === 'owner' || ctx.through?.kind === 'owner') return { identityId: ctx.identityId, kind: 'owner' };
  return { identityId: ctx.identityId, kind: 'third-party' };
}

/** One change of one ticket; `toType` is the ticket's type after it. */
export interface TicketHistoryEntry {
  workspaceId: string;
  ticketNumber: number;
  kind: TicketChangeKind;
  toType: TicketType;
  fromType?: TicketType;
  fromEmail?: string;
  toEmail?: string;
  text?: string | null;
  refund?: { amount: number; currency: string; transactionId: string };
}

/** Writes the changes, in the transaction that makes them: every change has exactly one history row. */
export async function writeHistory(trx: Knex.Transaction, actor: TicketActorRef, at: Date, entries: readonly TicketHistoryEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await trx('ticket_history').insert(
    entries.map((entry) => ({
      workspace_id: entry.workspaceId,
      ticket_number: entry.ticketNumber,
      at,
      kind: entry.kind,
      actor_identity_id: actor.identityId,
      actor_kind: actor.kind,
      from_type: entry.fromType ?? null,
      to_type: entry.toType,
      from_email: entry.fromEmail ?? null,
      to_email: entry.toEmail ?? null,
      text: entry.text ?? null,
      amount_minor: entry.refund?.amount ?? null,
      currency: entry.refund?.currency ?? null,
      refund_transaction_id: entry.refund?.transactionId ?? null,
    })),
  );
}
