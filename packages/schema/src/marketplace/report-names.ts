// The report names alone, without zod: an element that lists the reports imports this and no schema code.

/** The reports, in the order a Reports tab offers them. */
export const reportNames = [
  'tickets-created',
  'ticket-changes',
  'closed-by-third-parties',
  'opened-by-third-parties',
  'third-party-tickets-by-type',
  'third-party-changes',
  'third-party-comments',
] as const;
