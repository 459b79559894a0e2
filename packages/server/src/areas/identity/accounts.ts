import { catalogs, type AccountEntry } from '@foyer/schema';
import type { SignedInContext } from '../../callers/contexts.js';
import { needsSecondFactor, membershipRefusal } from '../../security/second-factor-policy.js';
import { factsOf } from '../../security/principals.js';
import { describeRole } from '../agencies/roles.js';
import { accountRows } from './queries.js';

/**
 * Every workspace the identity belongs to, in any way — an agency's "Client accounts" — with
 * whether this session may act there now and, where not, why. Switching needs no new sign-in:
 * the next call names another workspace, and the same rules as here decide it.
 */
export async function accounts(ctx: SignedInContext): Promise<AccountEntry[]> {
  const { session } = ctx;
  const rows = await accountRows(ctx.db, ctx.identityId);
  const proof = session.secondFactorAt ? 'passed' : 'not-passed';
  return rows.map((row) => {
    const facts = factsOf(row);
    const reason = membershipRefusal(facts, proof);
    return {
      workspace: row.handle,
      name: row.name,
      template: row.catalog_template,
      kind: row.kind,
      roleName: describeRole(catalogs[row.catalog_template], row).name,
      secondFactorRequired: needsSecondFactor(facts),
      usable: reason === null,
      ...(reason ? { reason } : {}),
    };
  });
}
