import { CreateGalleryInput, GalleryRef, ItemRef, MoveGalleryInput, UpdateGalleryInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as galleries from './service.js';

const ok = { ok: true as const };

export const galleriesRouter = router({
  list: permittedProcedure('galleries.view').query(({ ctx }) => galleries.listGalleries(ctx, ctx.workspace)),
  create: permittedProcedure('galleries.manage')
    .input(CreateGalleryInput)
    .mutation(({ ctx, input }) => galleries.createGallery(ctx, ctx.workspace, input)),
  update: permittedProcedure('galleries.manage')
    .input(UpdateGalleryInput)
    .mutation(({ ctx, input }) => galleries.updateGallery(ctx, ctx.workspace, input)),
  move: permittedProcedure('galleries.manage')
    .input(MoveGalleryInput)
    .mutation(({ ctx, input }) => galleries.moveGallery(ctx, ctx.workspace, input)),
  delete: permittedProcedure('galleries.manage')
    .input(GalleryRef)
    .mutation(async ({ ctx, input }) => (await galleries.deleteGallery(ctx, ctx.workspace, input.galleryId), ok)),
  items: permittedProcedure('galleries.view')
    .input(GalleryRef)
    .query(({ ctx, input }) => galleries.listItems(ctx, ctx.workspace, input.galleryId)),
  deleteItem: permittedProcedure('galleries.manage')
    .input(ItemRef)
    .mutation(async ({ ctx, input }) => (await galleries.deleteItem(ctx, ctx.workspace, input.itemId), ok)),
});
