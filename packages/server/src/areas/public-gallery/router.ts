import { GalleryRef, GalleryPassword } from '@foyer/schema';
import { publicWorkspaceProcedure, router } from '../../trpc.js';
import * as publicGallery from './service.js';

/** A gallery opened by its direct link, without an access code. */
export const publicGalleryRouter = router({
  info: publicWorkspaceProcedure
    .input(GalleryRef)
    .query(({ ctx, input }) => publicGallery.info(ctx, ctx.workspace, input.galleryId)),
  unlock: publicWorkspaceProcedure
    .input(GalleryRef.extend({ password: GalleryPassword }))
    .mutation(({ ctx, input }) => publicGallery.unlock(ctx, ctx.workspace, input.galleryId, input.password)),
  open: publicWorkspaceProcedure
    .input(GalleryRef)
    .query(({ ctx, input }) => publicGallery.open(ctx, ctx.workspace, input.galleryId)),
});
