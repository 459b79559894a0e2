import { CancelUploadInput, CreateGalleryInput, GalleryRef, ItemRef, MoveGalleryInput, UpdateGalleryInput, UpdateItemInput } from '@foyer/schema';
import { permittedProcedure, router } from '../../trpc.js';
import * as galleries from './service.js';

export const galleriesRouter = router({
  list: permittedProcedure('galleries.view').query(({ ctx }) => galleries.listGalleries(ctx)),
  create: permittedProcedure('galleries.manage')
    .input(CreateGalleryInput)
    .mutation(({ ctx, input }) => galleries.createGallery(ctx, input)),
  update: permittedProcedure('galleries.manage')
    .input(UpdateGalleryInput)
    .mutation(({ ctx, input }) => galleries.updateGallery(ctx, input)),
  move: permittedProcedure('galleries.manage')
    .input(MoveGalleryInput)
    .mutation(({ ctx, input }) => galleries.moveGallery(ctx, input)),
  delete: permittedProcedure('galleries.manage')
    .input(GalleryRef)
    .mutation(({ ctx, input }) => galleries.deleteGallery(ctx, input)),
  items: permittedProcedure('galleries.view')
    .input(GalleryRef)
    .query(({ ctx, input }) => galleries.listItems(ctx, input)),
  updateItem: permittedProcedure('galleries.manage')
    .input(UpdateItemInput)
    .mutation(({ ctx, input }) => galleries.updateItem(ctx, input)),
  deleteItem: permittedProcedure('galleries.manage')
    .input(ItemRef)
    .mutation(({ ctx, input }) => galleries.deleteItem(ctx, input)),
  cancelUpload: permittedProcedure('galleries.manage')
    .input(CancelUploadInput)
    .mutation(({ ctx, input }) => galleries.cancelUpload(ctx, input)),
});
