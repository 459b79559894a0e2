/**
 * The longest period the sales dashboard covers, in days, both ends included. Kept apart from
 * the schemas, so an element that checks a period before asking carries no validation library.
 */
export const longestPeriodDays = 800;
