import type { NotificationCategory } from '@foyer/schema';
import type { Knex } from 'knex';

/**
 * The workspace's contacts subscribed to the category, deactivated ones left out, by email,
 * each with the language stored for them (the contact's, else their login's).
 */
export async function subscribedContacts(db: Knex, workspaceId: string, category: NotificationCategory): Promise<Array<{ email: string; name: string; language: string | null }>> {
  return db('contacts as c')
    .leftJoin('identities as i', 'i.id', 'c.identity_id')
    .select('c.email', 'c.name', db.raw('coalesce(c.language, i.language) as language'))
    .where({ 'c.workspace_id': workspaceId })
    .whereNot({ 'c.status': 'deactivated' })
    .whereRaw('c.notifications @> ?::jsonb', [JSON.stringify([category])])
    .orderBy('c.email');
}
