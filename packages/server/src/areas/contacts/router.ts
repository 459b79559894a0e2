import {
  ActivationRequestInput,
  CompleteActivationInput,
  ContactRef,
  CreateContactInput,
  DeactivateContactsInput,
  DescribeActivationInput,
  InWorkspace,
  ListContactsInput,
  UpdateContactInput,
} from '@foyer/schema';
import { memberProcedure, permittedProcedure, publicProcedure, router } from '../../trpc.js';
import { actionPermission, detailsPermission } from './actions.js';
import { describeActivation, completeActivation } from './activation.js';
import * as contacts from './service.js';

export const contactsRouter = router({
  list: permittedProcedure('contacts.view')
    .input(ListContactsInput)
    .query(({ ctx, input }) => contacts.listContacts(ctx, ctx, input)),
  get: permittedProcedure('contacts.view')
    .input(ContactRef)
    .query(({ ctx, input }) => contacts.contactDetail(ctx, ctx, input.contactId)),
  create: permittedProcedure(detailsPermission)
    .input(CreateContactInput)
    .mutation(({ ctx, input }) => contacts.createContact(ctx, ctx, input)),
  update: permittedProcedure(detailsPermission)
    .input(UpdateContactInput)
    .mutation(({ ctx, input }) => contacts.updateContact(ctx, ctx, input)),
  activationRequest: permittedProcedure(actionPermission['send-activation'])
    .input(ActivationRequestInput)
    .mutation(({ ctx, input }) => contacts.requestActivation(ctx, ctx, input.contactIds, input.send)),
  activate: permittedProcedure(actionPermission['activate'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.activateContact(ctx, ctx, input.contactId)),
  deactivate: permittedProcedure(actionPermission['deactivate'])
    .input(DeactivateContactsInput)
    .mutation(({ ctx, input }) => contacts.deactivateContacts(ctx, ctx, input.contactIds)),
  deleteIdentities: permittedProcedure(actionPermission['delete-identities'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.deleteIdentities(ctx, ctx, input.contactId)),
  deletionPreview: permittedProcedure(actionPermission['delete'])
    .input(ContactRef)
    .query(({ ctx, input }) => contacts.deletionPreview(ctx, ctx, input.contactId)),
  delete: permittedProcedure(actionPermission['delete'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.deleteContact(ctx, ctx, input.contactId)),
  /** A signed-in contact's own account, with `termsAcceptanceDue` telling the page to show the terms first. */
  me: memberProcedure.input(InWorkspace).query(({ ctx }) => contacts.contactSelf(ctx, ctx, ctx.identityId)),
});

/** The contact-facing side of an activation link: no session yet, the token is the proof. */
export const activationRouter = router({
  describe: publicProcedure.input(DescribeActivationInput).query(({ ctx, input }) => describeActivation(ctx, input.workspace, input.token)),
  complete: publicProcedure.input(CompleteActivationInput).mutation(({ ctx, input }) => completeActivation(ctx, input)),
});
