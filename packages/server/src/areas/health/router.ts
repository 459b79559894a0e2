import { publicProcedure, router } from '../../trpc.js';

export const healthRouter = router({
  /** The barest call the server answers: used by load balancers and as the benchmark's baseline. */
  ping: publicProcedure.query(() => ({ ok: true as const })),
});
