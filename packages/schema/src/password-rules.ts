/**
 * What a new password must hold, as rules a person can see being met while typing. Every
 * policy starts from the same length rule; a stricter one adds character rules. The rules are
 * data, read by the server (which decides) and by `<password-field>` (which shows the status).
 *
 * This module holds no zod schema on purpose: an element that imports the rules does not carry
 * zod into a page. The schemas of a policy's name and of a list of rules are in password-policies.ts.
 */
export type PasswordRuleKind = 'length' | 'upper-case' | 'lower-case' | 'digit' | 'special';

export interface PasswordRule {
  kind: PasswordRuleKind;
  /** At least this many characters of the kind (for `length`, characters in all). */
  count: number;
}

/** How many characters of a kind a password holds. Letters of any script count by case; a special character is neither a letter, a digit nor a space. */
const counters: Record<PasswordRuleKind, (password: string) => number> = {
  length: (password) => [...password].length,
  'upper-case': (password) => password.match(/\p{Lu}/gu)?.length ?? 0,
  'lower-case': (password) => password.match(/\p{Ll}/gu)?.length ?? 0,
  digit: (password) => password.match(/\p{Nd}/gu)?.length ?? 0,
  special: (password) => password.match(/[^\p{L}\p{Nd}\s]/gu)?.length ?? 0,
};

export const minimumPasswordLength = 10;

/**
 * The selectable policies. `standard`: long enough to resist guessing. `two-of-each`: also at
 * least two upper-case and two lower-case letters, two digits and two special characters, the
 * rule sellers' master accounts are known for.
 */
export const passwordPolicies = {
  standard: [{ kind: 'length', count: minimumPasswordLength }],
  'two-of-each': [
    { kind: 'length', count: minimumPasswordLength },
    { kind: 'upper-case', count: 2 },
    { kind: 'lower-case', count: 2 },
    { kind: 'digit', count: 2 },
    { kind: 'special', count: 2 },
  ],
} as const satisfies Record<string, readonly PasswordRule[]>;

export type PasswordPolicyName = keyof typeof passwordPolicies;

/**
 * The rules of several policies at once, each kind at its highest count: a person who belongs
 * to several workspaces chooses one password that satisfies all of them.
 */
export function combinedRules(names: readonly PasswordPolicyName[]): PasswordRule[] {
  const highest = new Map<PasswordRuleKind, number>();
  for (const name of names.length ? names : ['standard' as const]) {
    for (const rule of passwordPolicies[name]) highest.set(rule.kind, Math.max(highest.get(rule.kind) ?? 0, rule.count));
  }
  return [...highest].map(([kind, count]) => ({ kind, count }));
}

export interface RuleStatus extends PasswordRule {
  met: boolean;
}

/** Each rule with whether the password meets it, in the rules' order. */
export function passwordRuleStatus(rules: readonly PasswordRule[], password: string): RuleStatus[] {
  return rules.map((rule) => ({ ...rule, met: counters[rule.kind](password) >= rule.count }));
}

/** The rules the password does not meet; empty when it satisfies them all. */
export function unmetPasswordRules(rules: readonly PasswordRule[], password: string): PasswordRule[] {
  return passwordRuleStatus(rules, password)
    .filter((status) => !status.met)
    .map(({ kind, count }) => ({ kind, count }));
}
