import type { CatalogTemplate, Language, PasswordPolicyName } from '@foyer/schema';
import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export async function insertWorkspace(
  db: Db,
  row: { id: string; handle: string; name: string; catalog_template: CatalogTemplate; entry_url: string | null; gallery_url: string | null; activation_url: string | null; created_at: Date },
): Promise<void> {
  await db('workspaces').insert(row);
}

export async function insertOwner(db: Db, workspaceId: string, identityId: string, now: Date): Promise<void> {
  await db('memberships').insert({ workspace_id: workspaceId, identity_id: identityId, kind: 'owner', created_at: now });
}

export interface SettingsRecord {
  handle: string;
  name: string;
  catalog_template: CatalogTemplate;
  entry_url: string | null;
  gallery_url: string | null;
  activation_url: string | null;
  require_second_factor: boolean;
  password_policy: PasswordPolicyName;
  account_email: string | null;
  language: Language | null;
}

export async function settingsRecord(db: Knex, workspaceId: string): Promise<SettingsRecord> {
  return db('workspaces')
    .select('handle', 'name', 'catalog_template', 'entry_url', 'gallery_url', 'activation_url', 'require_second_factor', 'password_policy', 'account_email', 'language')
    .where({ id: workspaceId })
    .first();
}

export async function updateWorkspaceRow(db: Knex, workspaceId: string, changes: Record<string, unknown>): Promise<void> {
  await db('workspaces').where({ id: workspaceId }).update(changes);
}

export async function workspaceIdByHandle(db: Knex, handle: string): Promise<string | undefined> {
  const row = await db('workspaces').select('id').where({ handle }).first();
  return row?.id;
}

/** The names of the plan features the workspace has on. */
export async function featureNames(db: Knex, workspaceId: string): Promise<string[]> {
  const rows: Array<{ feature: string }> = await db('workspace_features').select('feature').where({ workspace_id: workspaceId });
  return rows.map((r) => r.feature);
}

/** Turns a feature on; one already on stays as it was. */
export async function enableFeature(db: Knex, workspaceId: string, feature: string, now: Date): Promise<void> {
  await db('workspace_features').insert({ workspace_id: workspaceId, feature, enabled_at: now }).onConflict(['workspace_id', 'feature']).ignore();
}

export async function disableFeature(db: Knex, workspaceId: string, feature: string): Promise<void> {
  await db('workspace_features').where({ workspace_id: workspaceId, feature }).delete();
}
