/**
 * The `exportparts` of a `<password-field>` inside another element: its fields and its error as
 * the holder's own `label`, `input` and `error`, the rest named for the password
 * (`password-toggle`, `password-rule-met` …), so a page styles them through the holder.
 */
export const passwordFieldParts = [
  'label',
  'input',
  'error',
  ...['toggle', 'rules-label', 'rules', 'rule', 'rule-met', 'rule-unmet', 'mark', 'mark-met', 'mark-unmet'].map((part) => `${part}: password-${part}`),
].join(', ');
