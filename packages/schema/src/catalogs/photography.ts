import { workspacePermissions } from './workspace-permissions.js';

/**
 * The photography template: what a photographer and the people they let in do.
 */
export const photographyCatalog = {
  template: 'photography',
  name: 'Photography',
  permissions: {
    ...workspacePermissions,
    'galleries.view': { group: 'Galleries', label: 'View galleries', description: 'See galleries, their items and settings.' },
    'galleries.manage': {
      group: 'Galleries',
      label: 'Manage galleries',
      description: 'Create, edit, move and delete galleries; upload and remove items.',
      implies: ['galleries.view'],
    },
    'accesses.view': {
      group: 'Client accesses',
      label: 'View client accesses',
      description: 'See client accesses and which galleries they open.',
      implies: ['galleries.view'],
    },
    'accesses.manage': {
      group: 'Client accesses',
      label: 'Manage client accesses',
      description: 'Create, edit, disable, rotate and delete client accesses; add and remove galleries.',
      implies: ['accesses.view'],
    },
    'accesses.send': {
      group: 'Client accesses',
      label: 'Send access codes',
      description: 'Send access codes to clients by email.',
      implies: ['accesses.view'],
    },
  },
  roles: {
    administrator: {
      name: 'Administrator',
      description: 'Runs the studio with the photographer: galleries, client accesses, team and settings.',
      permissions: ['galleries.manage', 'accesses.manage', 'accesses.send', 'outbox.view', 'members.manage', 'audit.view', 'workspace.manage'],
    },
    assistant: {
      name: 'Assistant',
      description: 'Uploads and arranges galleries and hands clients their codes.',
      permissions: ['galleries.manage', 'accesses.manage', 'accesses.send'],
    },
    viewer: { name: 'Viewer', description: 'Looks at client accesses and galleries without changing them.', permissions: ['accesses.view'] },
  },
  ownerOnly: {
    'linked-accounts': { name: 'Linked accounts', description: 'Linking and unlinking other accounts and agencies.' },
  },
} as const;
