/**
 * The photography template (seeds/000): what a photographer and the people they let in do.
 * Data only; the server decides with it and the elements show it.
 */
export const photographyCatalog = {
  template: 'photography',
  permissions: {
    'galleries.view': { group: 'Galleries', description: 'See galleries, their items and settings.' },
    'galleries.manage': {
      group: 'Galleries',
      description: 'Create, edit, move and delete galleries; upload and remove items.',
      implies: ['galleries.view'],
    },
    'accesses.view': {
      group: 'Client accesses',
      description: 'See client accesses and which galleries they open.',
      implies: ['galleries.view'],
    },
    'accesses.manage': {
      group: 'Client accesses',
      description: 'Create, edit, disable, rotate and delete client accesses; add and remove galleries.',
      implies: ['accesses.view'],
    },
    'accesses.send': {
      group: 'Client accesses',
      description: 'Send access codes to clients by email.',
      implies: ['accesses.view'],
    },
    'outbox.view': { group: 'Email', description: 'See the messages the workspace has sent.' },
    'workspace.manage': {
      group: 'Workspace',
      description: 'Change the workspace’s name and the pages its links point to.',
    },
  },
  roles: {
    owner: {
      name: 'Owner',
      permissions: ['galleries.manage', 'accesses.manage', 'accesses.send', 'outbox.view', 'workspace.manage'],
    },
    assistant: {
      name: 'Assistant',
      permissions: ['galleries.manage', 'accesses.manage', 'accesses.send'],
    },
    viewer: { name: 'Viewer', permissions: ['accesses.view'] },
  },
} as const;

export type PhotographyPermission = keyof typeof photographyCatalog.permissions;
