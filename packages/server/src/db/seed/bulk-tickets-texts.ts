/** What generated customers write when they open a ticket, by the ticket's first type. */
export const openingMessages = {
  support: [
    'The download link in my receipt does not work.',
    'I cannot log in to the members area since yesterday.',
    'Where do I find the bonus material mentioned on the sales page?',
    'The video lessons stop after a few seconds.',
    'I bought this twice by mistake, which one should I use?',
    'The PDF will not open on my tablet.',
  ],
  refund: [
    'This is not what I expected. I would like my money back.',
    'I was charged but never got access. Please refund me.',
    'The product does not work on my computer. Refund please.',
    'I ordered the wrong edition, please refund it.',
  ],
  cancellation: ['Please cancel my subscription.', 'I do not want to be billed again next month.', 'Stop the monthly payments, thank you.'],
} as const;

/** What helpers write on tickets. */
export const helperComments = [
  'Sent the customer a new download link.',
  'Asked the customer for the receipt number.',
  'Customer confirmed it works now.',
  'Forwarded to the vendor’s technical team.',
  'Explained how to reset the members area password.',
  'Refund approved as per the guarantee.',
  'Customer wrote again, still not working.',
  'Checked the order: it was paid and delivered.',
] as const;
