import type { NotificationCategory } from '@foyer/schema';
import type { Knex } from 'knex';

/** The workspace's contacts subscribed to the category, deactivated ones left out, by email. */
export async function subscribedContacts(db: Knex, workspaceId: string, category: NotificationCategory): Promise<Array<{ email: string; name: string }>> {
  return db('contacts')
    .select('email', 'name')
    .where({ workspace_id: workspaceId })
    .whereNot({ status: 'deactivated' })
    .whereRaw('notifications @> ?::jsonb', [JSON.stringify([category])])
    .orderBy('email');
}
