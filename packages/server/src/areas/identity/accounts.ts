import type { AccountEntry } from '@foyer/schema';
import type { Context } from '../../context.js';
import { needsSecondFactor, membershipRefusal } from '../../security/second-factor-policy.js';
import type { Session } from '../../security/sessions.js';
import { factsOf } from '../../security/principals.js';
import { describeRole } from '../agencies/roles.js';

/**
 * Every workspace the identity belongs to, in any way — an agency's "Client accounts" — with
 * whether this session may act there now and, where not, why. Switching needs no new sign-in:
 * the next call names another workspace, and the same rules as here decide it.
 */
export async function accounts(ctx: Context, session: Session): Promise<AccountEntry[]> {
  const rows = await ctx
    .db('memberships as m')
    .join('workspaces as w', 'w.id', 'm.workspace_id')
    .join('identities as i', 'i.id', 'm.identity_id')
    .leftJoin('workspace_roles as r', function () {
      this.on('r.id', 'm.custom_role_id').andOn('r.workspace_id', 'm.workspace_id');
    })
    .select(
      'w.handle',
      'w.name',
      'w.catalog_template',
      'w.require_second_factor',
      'm.kind',
      'm.role_key',
      'm.custom_role_id',
      'm.permissions',
      'm.disabled_at',
      'r.name as custom_role_name',
      'r.permissions as custom_permissions',
    )
    .select(ctx.db.raw('i.totp_enabled_at is not null as second_factor_on'))
    .select(ctx.db.raw("exists (select 1 from workspace_features f where f.workspace_id = w.id and f.feature = 'agency') as agency_feature"))
    .where({ 'm.identity_id': session.identityId })
    .orderBy([{ column: 'w.name' }, { column: 'w.handle' }]);
  const proof = session.secondFactorAt ? 'passed' : 'not-passed';
  return rows.map((row) => {
    const facts = factsOf(row);
    const reason = membershipRefusal(facts, proof);
    return {
      workspace: row.handle,
      name: row.name,
      template: row.catalog_template,
      kind: row.kind,
      roleName: describeRole(row.catalog_template, row).name,
      secondFactorRequired: needsSecondFactor(facts),
      usable: reason === null,
      ...(reason ? { reason } : {}),
    };
  });
}
