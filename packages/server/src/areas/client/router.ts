import { ClientSignInInput, GalleryRef, SetFavouriteInput } from '@foyer/schema';
import { clientProcedure, publicWorkspaceProcedure, router } from '../../trpc.js';
import { setFavourite } from './favourites.js';
import * as client from './service.js';

/** What a client signed in with an access code does. */
export const clientRouter = router({
  signIn: publicWorkspaceProcedure.input(ClientSignInInput).mutation(({ ctx, input }) => client.signInWithCode(ctx, input)),
  overview: clientProcedure.query(({ ctx }) => client.overview(ctx)),
  gallery: clientProcedure.input(GalleryRef).query(({ ctx, input }) => client.openGallery(ctx, input)),
  setFavourite: clientProcedure.input(SetFavouriteInput).mutation(({ ctx, input }) => setFavourite(ctx, input)),
  signOut: clientProcedure.mutation(({ ctx }) => client.signOut(ctx)),
});
