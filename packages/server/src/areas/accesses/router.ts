import {
  AccessGalleriesInput,
  AccessRef,
  CreateAccessInput,
  RotateCodeInput,
  SendAccessInput,
  SetAccessDisabledInput,
  UpdateAccessInput,
} from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as accesses from './service.js';

export const accessesRouter = router({
  list: permittedProcedure('accesses.view').query(({ ctx }) => accesses.listAccesses(ctx, ctx.workspace)),
  get: permittedProcedure('accesses.view')
    .input(AccessRef)
    .query(({ ctx, input }) => accesses.accessDetail(ctx, ctx.workspace, input.accessId)),
  create: permittedProcedure('accesses.manage')
    .input(CreateAccessInput)
    .mutation(({ ctx, input }) => accesses.createAccess(ctx, ctx.workspace, input)),
  update: permittedProcedure('accesses.manage')
    .input(UpdateAccessInput)
    .mutation(({ ctx, input }) => accesses.updateAccess(ctx, ctx.workspace, input)),
  setDisabled: permittedProcedure('accesses.manage')
    .input(SetAccessDisabledInput)
    .mutation(({ ctx, input }) => accesses.setDisabled(ctx, ctx.workspace, input.accessId, input.disabled)),
  rotateCode: permittedProcedure('accesses.manage')
    .input(RotateCodeInput)
    .mutation(({ ctx, input }) => accesses.rotateCode(ctx, ctx.workspace, input.accessId, input.code)),
  delete: permittedProcedure('accesses.manage')
    .input(AccessRef)
    .mutation(async ({ ctx, input }) => {
      await accesses.deleteAccess(ctx, ctx.workspace, input.accessId);
      return { ok: true as const };
    }),
  addGalleries: permittedProcedure('accesses.manage')
    .input(AccessGalleriesInput)
    .mutation(({ ctx, input }) => accesses.addGalleries(ctx, ctx.workspace, input.accessId, input.galleryIds)),
  removeGalleries: permittedProcedure('accesses.manage')
    .input(AccessGalleriesInput)
    .mutation(({ ctx, input }) => accesses.removeGalleries(ctx, ctx.workspace, input.accessId, input.galleryIds)),
  /** Link, subject, body and a prefilled mailto for the code just shown to the owner. */
  invitation: permittedProcedure('accesses.view')
    .input(SendAccessInput)
    .query(({ ctx, input }) => accesses.invitation(ctx, ctx.workspace, input.accessId, input.code)),
  send: permittedProcedure('accesses.send')
    .input(SendAccessInput)
    .mutation(({ ctx, input }) => accesses.sendByEmail(ctx, ctx.workspace, input.accessId, input.code)),
  preview: permittedProcedure('accesses.view')
    .input(AccessRef)
    .mutation(({ ctx, input }) => accesses.previewSession(ctx, ctx.workspace, input.accessId)),
});
