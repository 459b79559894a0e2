import { GalleryRef, UnlockGalleryInput } from '@foyer/schema';
import { publicWorkspaceProcedure, router } from '../../trpc.js';
import * as publicGallery from './service.js';

/** A gallery opened by its direct link, without an access code. */
export const publicGalleryRouter = router({
  info: publicWorkspaceProcedure.input(GalleryRef).query(({ ctx, input }) => publicGallery.info(ctx, input)),
  unlock: publicWorkspaceProcedure.input(UnlockGalleryInput).mutation(({ ctx, input }) => publicGallery.unlock(ctx, input)),
  open: publicWorkspaceProcedure.input(GalleryRef).query(({ ctx, input }) => publicGallery.open(ctx, input)),
});
