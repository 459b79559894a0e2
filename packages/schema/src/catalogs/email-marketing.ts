import { workspacePermissions } from './workspace-permissions.js';

/**
 * The email-marketing template: the six roles an owner grants an agency or a
 * team member. Sending implies creating; the API user works through the API only.
 */
export const emailMarketingCatalog = {
  template: 'email-marketing',
  name: 'Email marketing',
  permissions: {
    ...workspacePermissions,
    'emails.create': { group: 'Emails', label: 'Create emails', description: 'Write and edit emails and campaigns.' },
    'emails.send': {
      group: 'Emails',
      label: 'Send emails',
      description: 'Send emails and campaigns to contacts.',
      implies: ['emails.create'],
    },
    'subscribers.view': { group: 'Contacts', label: 'Search contacts', description: 'Search contacts and see their details.' },
    'subscribers.manage': {
      group: 'Contacts',
      label: 'Edit contacts',
      description: 'Edit contacts, their tags and their subscriptions.',
      implies: ['subscribers.view'],
    },
    'forms.manage': { group: 'Configuration', label: 'Sign-up forms', description: 'Build and change sign-up forms.' },
    'tags.manage': { group: 'Configuration', label: 'Tags', description: 'Create, rename and delete tags.' },
    'settings.manage': {
      group: 'Configuration',
      label: 'Other configuration',
      description: 'Change the account’s other configuration: sender addresses, fields, integrations.',
    },
    'api.use': { group: 'API', label: 'API access', description: 'Work with the account through the API.' },
  },
  roles: {
    administrator: {
      name: 'Administrator',
      description: 'Full access.',
      permissions: ['emails.send', 'subscribers.manage', 'forms.manage', 'tags.manage', 'settings.manage', 'api.use', 'outbox.view', 'members.manage', 'audit.view', 'workspace.manage'],
    },
    copywriter: { name: 'Copywriter', description: 'Creates emails, cannot send them.', permissions: ['emails.create'] },
    'email-marketing-manager': {
      name: 'Email marketing manager',
      description: 'Creates and sends emails.',
      permissions: ['emails.send'],
    },
    'customer-support': { name: 'Customer support', description: 'Searches and edits contacts.', permissions: ['subscribers.manage'] },
    'website-builder': {
      name: 'Website builder',
      description: 'Sign-up forms, tags and other configuration.',
      permissions: ['forms.manage', 'tags.manage', 'settings.manage'],
    },
    'api-user': { name: 'API user', description: 'API only.', permissions: ['api.use'] },
  },
  ownerOnly: {
    'agency-access': { name: 'Agency access', description: 'Granting, changing and revoking agencies’ access.' },
    billing: { name: 'Plan and billing', description: 'The account’s plan, and so whether agencies may be granted access.' },
  },
} as const;
