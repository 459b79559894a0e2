import {
  AccountTicketsInput,
  ChangeTicketEmailInput,
  ChangeTicketTypeInput,
  CommentTicketInput,
  ListTicketsInput,
  OpenTicketForTransactionInput,
  OpenTicketInput,
  RefundTicketInput,
  TicketRef,
  TicketsRef,
} from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import { listTickets, ticketsOfAccount } from './list.js';
import * as tickets from './service.js';

/**
 * Customer-service tickets. A seller account's host back-end opens them through the API (API
 * read/write, on the seller account); the master account's owner and its users with
 * Orders/Tickets work them in the linked accounts each may work in (on the master account).
 */
export const ticketsRouter = router({
  open: permittedProcedure('api.write')
    .input(OpenTicketInput)
    .mutation(({ ctx, input }) => tickets.open(ctx, input)),
  ofAccount: permittedProcedure('api.read')
    .input(AccountTicketsInput)
    .query(({ ctx, input }) => ticketsOfAccount(ctx, input)),
  list: permittedProcedure('tickets.manage')
    .input(ListTicketsInput)
    .query(({ ctx, input }) => listTickets(ctx, input)),
  get: permittedProcedure('tickets.manage')
    .input(TicketRef)
    .query(({ ctx, input }) => tickets.get(ctx, input)),
  comment: permittedProcedure('tickets.manage')
    .input(CommentTicketInput)
    .mutation(({ ctx, input }) => tickets.comment(ctx, input)),
  close: permittedProcedure('tickets.manage')
    .input(TicketsRef)
    .mutation(({ ctx, input }) => tickets.close(ctx, input)),
  reopen: permittedProcedure('tickets.manage')
    .input(TicketsRef)
    .mutation(({ ctx, input }) => tickets.reopen(ctx, input)),
  changeType: permittedProcedure('tickets.manage')
    .input(ChangeTicketTypeInput)
    .mutation(({ ctx, input }) => tickets.changeType(ctx, input)),
  changeEmail: permittedProcedure('tickets.manage')
    .input(ChangeTicketEmailInput)
    .mutation(({ ctx, input }) => tickets.changeEmail(ctx, input)),
  refund: permittedProcedure('tickets.manage')
    .input(RefundTicketInput)
    .mutation(({ ctx, input }) => tickets.refund(ctx, input)),
  openForTransaction: permittedProcedure('tickets.manage')
    .input(OpenTicketForTransactionInput)
    .mutation(({ ctx, input }) => tickets.openForTransaction(ctx, input)),
});
