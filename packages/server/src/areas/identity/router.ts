import { SignInInput, SignUpInput } from '@foyer/schema';
import { publicProcedure, router, signedInProcedure } from '../../trpc.js';
import * as identity from './service.js';

export const identityRouter = router({
  signUp: publicProcedure.input(SignUpInput).mutation(({ ctx, input }) => identity.signUp(ctx, input)),
  signIn: publicProcedure.input(SignInInput).mutation(({ ctx, input }) => identity.signIn(ctx, input)),
  signOut: signedInProcedure.mutation(async ({ ctx }) => {
    await identity.signOut(ctx, ctx.session.id);
    return { ok: true as const };
  }),
  me: signedInProcedure.query(({ ctx }) => identity.me(ctx, ctx.identityId)),
});
