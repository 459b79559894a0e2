import { msg, str } from '@lit/localize';
import type { PasswordRule } from '@foyer/schema';

/** A rule as the list names it: "At least 10 characters", "At least 1 digit". */
export function ruleText({ kind, count }: PasswordRule): string {
  const one = count === 1;
  switch (kind) {
    case 'length':
      return one ? msg('At least 1 character') : msg(str`At least ${count} characters`);
    case 'upper-case':
      return one ? msg('At least 1 upper-case letter') : msg(str`At least ${count} upper-case letters`);
    case 'lower-case':
      return one ? msg('At least 1 lower-case letter') : msg(str`At least ${count} lower-case letters`);
    case 'digit':
      return one ? msg('At least 1 digit') : msg(str`At least ${count} digits`);
    case 'special':
      return one ? msg('At least 1 special character, such as ! # % &') : msg(str`At least ${count} special characters, such as ! # % &`);
  }
}

/** The rule the repeated password adds. */
export function sameText(): string {
  return msg('Both passwords are the same');
}

/** What the live region says when a rule's state changes while the person types. */
export function ruleChange(text: string, met: boolean): string {
  return met ? msg(str`${text}: met.`) : msg(str`${text}: no longer met.`);
}
