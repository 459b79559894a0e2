import { workspacePermissions } from './workspace-permissions.js';

/**
 * The hosting template: the thirteen permissions a customer portal gives a sub-account,
 * and two sets of them that sub-accounts are commonly given (finance, web administration)
 * as the template's roles.
 */
export const hostingCatalog = {
  template: 'hosting',
  name: 'Hosting customer portal',
  permissions: {
    ...workspacePermissions,
    'notifications.send': {
      group: 'Workspace',
      label: 'Notify contacts',
      description: 'Send notifications to the contacts subscribed to a category (for the host’s back-end).',
    },
    'profile.modify': { group: 'Account', label: 'Modify the account profile', description: 'Change the account’s name, address and details.' },
    'contacts.manage': {
      group: 'Account',
      label: 'View and manage contacts',
      description: 'See the account’s contacts and sub-accounts and change them.',
      covers: ['contacts.view', 'contacts.delete', 'contacts.backup'],
    },
    'products.view': { group: 'Services', label: 'View products and services', description: 'See hosting and the other services the account has.' },
    'products.passwords': {
      group: 'Services',
      label: 'View and modify product passwords',
      description: 'See and change the passwords of the account’s services.',
      implies: ['products.view'],
    },
    'sso.perform': { group: 'Services', label: 'Perform single sign-on', description: 'Sign in to services’ control panels from the portal.' },
    'domains.view': { group: 'Domains', label: 'View domains', description: 'See the account’s domains.' },
    'domains.manage': {
      group: 'Domains',
      label: 'Manage domain settings',
      description: 'Change domains’ name servers, records and contacts.',
      implies: ['domains.view'],
    },
    'invoices.pay': { group: 'Billing', label: 'View and pay invoices', description: 'See proformas and invoices and pay them.' },
    'quotes.accept': { group: 'Billing', label: 'View and accept quotes', description: 'See quotes and accept them.' },
    'tickets.open': { group: 'Support', label: 'View and open support tickets', description: 'Read the account’s tickets and open new ones.' },
    'affiliate.manage': { group: 'Account', label: 'Manage the affiliate account', description: 'See and change the account’s affiliate programme.' },
    'emails.view': { group: 'Account', label: 'View emails', description: 'Read the emails the provider sent to the account.' },
    'orders.place': {
      group: 'Services',
      label: 'Place new orders, upgrades and cancellations',
      description: 'Order new services, upgrade them and cancel them.',
    },
  },
  roles: {
    finance: {
      name: 'Finance',
      description: 'Downloads and pays invoices.',
      permissions: ['invoices.pay', 'sso.perform'],
    },
    'web-admin': {
      name: 'Web administrator',
      description: 'Looks after the sites: services, domains, tickets and orders.',
      permissions: ['products.view', 'domains.manage', 'tickets.open', 'sso.perform', 'orders.place'],
    },
  },
  ownerOnly: {
    'contacts.create': { name: 'New contacts', description: 'Adding contacts and sub-accounts, which only the primary user does.' },
  },
  contacts: {
    kinds: ['notification-only', 'sub-account'],
    // The thirteen of the customer portal: notifying contacts is the host's back-end's, never a sub-account's.
    subAccountPermissions: [
      'profile.modify',
      'contacts.manage',
      'products.view',
      'products.passwords',
      'sso.perform',
      'domains.view',
      'domains.manage',
      'invoices.pay',
      'quotes.accept',
      'tickets.open',
      'affiliate.manage',
      'emails.view',
      'orders.place',
    ],
  },
} as const;
