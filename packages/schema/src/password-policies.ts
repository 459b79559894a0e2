import { z } from 'zod';
import { passwordPolicies, type PasswordPolicyName as PolicyName } from './password-rules.js';

// The rules and their checks live in password-rules.ts, free of zod for the elements; the
// schemas below check them where they travel. Modules that import the rules from here still may.
export { minimumPasswordLength, passwordPolicies, combinedRules, passwordRuleStatus, unmetPasswordRules } from './password-rules.js';
export type { PasswordRule, PasswordRuleKind, RuleStatus } from './password-rules.js';

export const PasswordPolicyName = z.enum(Object.keys(passwordPolicies) as [PolicyName, ...PolicyName[]]);
export type PasswordPolicyName = z.infer<typeof PasswordPolicyName>;

/** The rules as they travel to an element that shows them. */
export const PasswordRules = z.array(z.object({ kind: z.enum(['length', 'upper-case', 'lower-case', 'digit', 'special']), count: z.number().int().positive() }));
