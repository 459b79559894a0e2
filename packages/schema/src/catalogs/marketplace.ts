/**
 * The marketplace template: third-party users of a seller's master account. Even
 * a user with every permission sees only Tickets, Transactions, Reports and Users.
 */
export const marketplaceCatalog = {
  template: 'marketplace',
  name: 'Seller marketplace',
  permissions: {
    // Orders/Tickets: every ticket procedure of the master account (list, view, comment, close,
    // reopen, change type or email, open a ticket for a sale) in the accounts the user works in,
    // and the refund of a ticket's own sale — "edit the transactions that belong to tickets".
    // It shows only the transactions of sales that have a ticket; Search orders shows them all.
    'tickets.manage': {
      group: 'Orders',
      label: 'Orders/Tickets',
      description: 'View and edit only the transactions that belong to customer-service tickets; no other transactions.',
    },
    'orders.search': {
      group: 'Orders',
      label: 'Search orders',
      description: 'Search all transactions of the accounts and edit them: this shows the transaction data.',
    },
    'api.read': { group: 'API', label: 'API read', description: 'View the account through the API.' },
    'api.write': { group: 'API', label: 'API read/write', description: 'View and change the account through the API.', implies: ['api.read'] },
    'members.manage': {
      group: 'Users',
      label: 'Manage users',
      description: 'Create users, grant them permissions this user holds, and see Reports.',
      implies: ['audit.view'],
    },
    'audit.view': { group: 'Users', label: 'Reports', description: 'See reports of tickets and of third parties’ activity.' },
  },
  roles: {
    'customer-service': {
      name: 'Customer service',
      description: 'Answers tickets without seeing the money.',
      permissions: ['tickets.manage'],
    },
    'customer-service-manager': {
      name: 'Customer service manager',
      description: 'Answers tickets, searches orders and manages the other users.',
      permissions: ['tickets.manage', 'orders.search', 'members.manage'],
    },
    'api-reader': { name: 'API read', description: 'Reads through the API only.', permissions: ['api.read'] },
    'api-writer': { name: 'API read/write', description: 'Reads and changes through the API only.', permissions: ['api.write'] },
  },
  ownerOnly: {
    dashboard: { name: 'Dashboard', description: 'Sales per linked account and the totals.' },
    accounts: { name: 'Accounts', description: 'Linking and unlinking accounts.' },
  },
} as const;
