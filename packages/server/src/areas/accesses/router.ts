import { AccessGalleriesInput, AddAccessGalleriesInput, AccessRef, CreateAccessInput, RotateCodeInput, SendAccessInput, SetAccessDisabledInput, UpdateAccessInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import { accessSelection } from './selection.js';
import * as accesses from './service.js';

export const accessesRouter = router({
  list: permittedProcedure('accesses.view').query(({ ctx }) => accesses.listAccesses(ctx)),
  get: permittedProcedure('accesses.view')
    .input(AccessRef)
    .query(({ ctx, input }) => accesses.accessDetail(ctx, input)),
  /** The pictures the access's client marked as favourites, gallery by gallery. */
  selection: permittedProcedure('accesses.view')
    .input(AccessRef)
    .query(({ ctx, input }) => accessSelection(ctx, input)),
  create: permittedProcedure('accesses.manage')
    .input(CreateAccessInput)
    .mutation(({ ctx, input }) => accesses.createAccess(ctx, input)),
  update: permittedProcedure('accesses.manage')
    .input(UpdateAccessInput)
    .mutation(({ ctx, input }) => accesses.updateAccess(ctx, input)),
  setDisabled: permittedProcedure('accesses.manage')
    .input(SetAccessDisabledInput)
    .mutation(({ ctx, input }) => accesses.setDisabled(ctx, input)),
  rotateCode: permittedProcedure('accesses.manage')
    .input(RotateCodeInput)
    .mutation(({ ctx, input }) => accesses.rotateCode(ctx, input)),
  /** The access's code, to hand it out again: for whoever may send codes. */
  revealCode: permittedProcedure('accesses.send')
    .input(AccessRef)
    .mutation(({ ctx, input }) => accesses.revealCode(ctx, input)),
  delete: permittedProcedure('accesses.manage')
    .input(AccessRef)
    .mutation(({ ctx, input }) => accesses.deleteAccess(ctx, input)),
  addGalleries: permittedProcedure('accesses.manage')
    .input(AddAccessGalleriesInput)
    .mutation(({ ctx, input }) => accesses.addGalleries(ctx, input)),
  removeGalleries: permittedProcedure('accesses.manage')
    .input(AccessGalleriesInput)
    .mutation(({ ctx, input }) => accesses.removeGalleries(ctx, input)),
  /** Link, subject, body and a prefilled mailto for the code just shown to the owner. */
  invitation: permittedProcedure('accesses.view')
    .input(SendAccessInput)
    .query(({ ctx, input }) => accesses.invitation(ctx, input)),
  send: permittedProcedure('accesses.send')
    .input(SendAccessInput)
    .mutation(({ ctx, input }) => accesses.sendByEmail(ctx, input)),
  preview: permittedProcedure('accesses.view')
    .input(AccessRef)
    .mutation(({ ctx, input }) => accesses.previewSession(ctx, input)),
});
