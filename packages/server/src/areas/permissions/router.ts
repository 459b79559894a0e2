import { CheckPermissionInput } from '@foyer/schema';
import { memberProcedure, router } from '../../trpc.js';
import * as permissions from './service.js';

export const permissionsRouter = router({
  /** Any member: what it may do here, so elements hide what the server would refuse anyway. */
  mine: memberProcedure.query(({ ctx }) => permissions.mine(ctx)),
  /**
   * Any member, asked with the member's own bearer (session token or API key): may it do X
   * here? A bearer that is no member of the workspace is refused as for any other call.
   */
  check: memberProcedure.input(CheckPermissionInput).query(({ ctx, input }) => permissions.check(ctx, input)),
});
