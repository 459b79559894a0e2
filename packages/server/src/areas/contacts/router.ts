import {
  ActivationRequestInput,
  CompleteActivationInput,
  ContactRef,
  CreateContactInput,
  DeactivateContactsInput,
  DescribeActivationInput,
  InWorkspace,
  ListContactsInput,
  RegistrantsInput,
  UpdateContactInput,
} from '@foyer/schema';
import { memberProcedure, permittedProcedure, publicProcedure, router } from '../../trpc.js';
import { actionPermission, detailsPermission } from './actions.js';
import { describeActivation, completeActivation } from './activation.js';
import { registrants } from './registrants.js';
import * as contacts from './service.js';

export const contactsRouter = router({
  list: permittedProcedure('contacts.view')
    .input(ListContactsInput)
    .query(({ ctx, input }) => contacts.listContacts(ctx, input)),
  get: permittedProcedure('contacts.view')
    .input(ContactRef)
    .query(({ ctx, input }) => contacts.contactDetail(ctx, input)),
  /** For a host's back-end: the contacts that may be a domain's registrant, and what the others lack. */
  registrants: permittedProcedure('contacts.view')
    .input(RegistrantsInput)
    .query(({ ctx }) => registrants(ctx)),
  create: permittedProcedure(detailsPermission)
    .input(CreateContactInput)
    .mutation(({ ctx, input }) => contacts.createContact(ctx, input)),
  update: permittedProcedure(detailsPermission)
    .input(UpdateContactInput)
    .mutation(({ ctx, input }) => contacts.updateContact(ctx, input)),
  activationRequest: permittedProcedure(actionPermission['send-activation'])
    .input(ActivationRequestInput)
    .mutation(({ ctx, input }) => contacts.requestActivation(ctx, input)),
  activate: permittedProcedure(actionPermission['activate'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.activateContact(ctx, input)),
  deactivate: permittedProcedure(actionPermission['deactivate'])
    .input(DeactivateContactsInput)
    .mutation(({ ctx, input }) => contacts.deactivateContacts(ctx, input)),
  deleteIdentities: permittedProcedure(actionPermission['delete-identities'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.deleteIdentities(ctx, input)),
  deletionPreview: permittedProcedure(actionPermission['delete'])
    .input(ContactRef)
    .query(({ ctx, input }) => contacts.deletionPreview(ctx, input)),
  delete: permittedProcedure(actionPermission['delete'])
    .input(ContactRef)
    .mutation(({ ctx, input }) => contacts.deleteContact(ctx, input)),
  /** A signed-in contact's own account, with `termsAcceptanceDue` telling the page to show the terms first. */
  me: memberProcedure.input(InWorkspace).query(({ ctx }) => contacts.contactSelf(ctx)),
});

/** The contact-facing side of an activation link: no session yet, the token is the proof. */
export const activationRouter = router({
  describe: publicProcedure.input(DescribeActivationInput).query(({ ctx, input }) => describeActivation(ctx, input)),
  complete: publicProcedure.input(CompleteActivationInput).mutation(({ ctx, input }) => completeActivation(ctx, input)),
});
