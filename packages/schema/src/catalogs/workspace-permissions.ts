/**
 * The permissions every workspace has beside its template's own: its team, its activity
 * log, its sent mail and its settings. Templates whose seed names these (the marketplace's
 * "Manage users") define them themselves instead.
 */
export const workspacePermissions = {
  'outbox.view': { group: 'Workspace', label: 'View sent email', description: 'See the messages the workspace has sent.' },
  'members.manage': {
    group: 'Workspace',
    label: 'Manage team',
    description: 'Invite, enable, disable and remove team members, and grant them permissions they hold themselves.',
  },
  'audit.view': { group: 'Workspace', label: 'View activity', description: 'Read the activity log: who changed what, and when.' },
  'workspace.manage': { group: 'Workspace', label: 'Workspace settings', description: 'Change the workspace’s name and settings.' },
} as const;
