import { workspacePermissions } from './workspace-permissions.js';

/**
 * The print-shop template: the shop's administrators run contacts, jobs and the
 * terms of service; the shop's customers, once active, submit jobs and watch them.
 */
export const printShopCatalog = {
  template: 'print-shop',
  name: 'Print shop',
  permissions: {
    ...workspacePermissions,
    'contacts.view': { group: 'Contacts', label: 'View contacts', description: 'See the contacts table.' },
    'contacts.manage': {
      group: 'Contacts',
      label: 'Manage contacts',
      description: 'Add and edit contacts, send activation requests, activate and deactivate them.',
      implies: ['contacts.view'],
    },
    'contacts.delete': {
      group: 'Contacts',
      label: 'Delete contacts',
      description: 'Delete contacts and their login identities; this cannot be undone.',
      implies: ['contacts.view'],
    },
    'contacts.backup': {
      group: 'Contacts',
      label: 'Back up user data',
      description: 'Download a contact’s profile and jobs as a ZIP file.',
      implies: ['contacts.view'],
    },
    'jobs.view': { group: 'Jobs', label: 'View jobs', description: 'See every contact’s jobs and their files.' },
    'jobs.manage': { group: 'Jobs', label: 'Process jobs', description: 'Create jobs and move them through processing.', implies: ['jobs.view'] },
    'jobs.submit': { group: 'Jobs', label: 'Submit jobs', description: 'Submit one’s own jobs and watch their status.' },
    'terms.manage': {
      group: 'Shop design',
      label: 'Terms of service',
      description: 'Upload a new terms document, which resets every contact’s acceptance.',
    },
  },
  roles: {
    administrator: {
      name: 'Administrator',
      description: 'Runs the shop: contacts, jobs, terms of service and the team.',
      permissions: ['contacts.manage', 'contacts.delete', 'contacts.backup', 'jobs.manage', 'terms.manage', 'outbox.view', 'members.manage', 'audit.view', 'workspace.manage'],
    },
    operator: {
      name: 'Operator',
      description: 'Processes jobs and looks up contacts.',
      permissions: ['jobs.manage', 'contacts.view'],
    },
    customer: { name: 'Customer', description: 'A contact of the shop: submits jobs and watches them.', permissions: ['jobs.submit'] },
  },
  ownerOnly: {},
  contacts: { kinds: ['customer'], customerRole: 'customer' },
} as const;
