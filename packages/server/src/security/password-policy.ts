import { combinedRules, unmetPasswordRules, type PasswordPolicyName, type PasswordRule } from '@foyer/schema';
import type { Knex } from 'knex';
import { badRequest } from '../errors.js';

/**
 * The rules a password must meet: those of every workspace the identity belongs to (a person
 * has one password for all of them, so the strictest rule of each kind applies) and of the
 * workspaces it is about to join. A person with no workspace yet meets the standard policy.
 */
export async function passwordRulesFor(db: Knex, who: { identityId?: string | null; joining?: readonly PasswordPolicyName[]; joiningWorkspace?: string }): Promise<PasswordRule[]> {
  const held: Array<{ password_policy: PasswordPolicyName }> = who.identityId
    ? await db('memberships as m').join('workspaces as w', 'w.id', 'm.workspace_id').distinct('w.password_policy').where('m.identity_id', who.identityId)
    : [];
  const joined: Array<{ password_policy: PasswordPolicyName }> = who.joiningWorkspace ? await db('workspaces').select('password_policy').where({ id: who.joiningWorkspace }) : [];
  return combinedRules([...held, ...joined].map((row) => row.password_policy).concat(who.joining ?? []));
}

/** Refuses a password that misses a rule, naming every rule it misses. */
export function requirePasswordRules(rules: readonly PasswordRule[], password: string): void {
  const unmet = unmetPasswordRules(rules, password);
  if (unmet.length > 0) throw badRequest('PASSWORD_POLICY', { unmet });
}
