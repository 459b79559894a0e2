import type { Knex } from 'knex';
import * as m001 from './migrations/001_identities_and_sessions.js';
import * as m002 from './migrations/002_workspaces_and_memberships.js';
import * as m003 from './migrations/003_galleries_and_items.js';
import * as m004 from './migrations/004_client_accesses.js';
import * as m005 from './migrations/005_throttles_outbox_secrets.js';
import * as m006 from './migrations/006_gallery_item_counts.js';
import * as m007 from './migrations/007_workspace_content_version.js';
import * as m008 from './migrations/008_membership_kinds_and_roles.js';
import * as m009 from './migrations/009_audit_log.js';
import * as m010 from './migrations/010_identities_without_password.js';
import * as m011 from './migrations/011_member_invitations.js';
import * as m012 from './migrations/012_password_resets.js';
import * as m013 from './migrations/013_api_keys.js';
import * as m014 from './migrations/014_membership_description.js';
import * as m015 from './migrations/015_second_factor.js';
import * as m016 from './migrations/016_sign_in_second_factor.js';
import * as m017 from './migrations/017_workspace_second_factor_policy.js';
import * as m018 from './migrations/018_workspace_features.js';
import * as m019 from './migrations/019_agency_accounts.js';
import * as m020 from './migrations/020_workspace_activation_url.js';
import * as m021 from './migrations/021_contacts.js';
import * as m022 from './migrations/022_contact_activation_links.js';
import * as m023 from './migrations/023_terms_versions.js';
import * as m024 from './migrations/024_jobs.js';
import * as m025 from './migrations/025_contacts_search_trigram.js';
import * as m026 from './migrations/026_contact_counts.js';
import * as m027 from './migrations/027_outbox_sealed_bodies.js';
import * as m028 from './migrations/028_guess_counters.js';
import * as m029 from './migrations/029_instance_key_outside_database.js';
import * as m030 from './migrations/030_account_links_and_session_places.js';
import * as m031 from './migrations/031_seller_accounts_and_master_accounts.js';
import * as m032 from './migrations/032_tickets_and_their_history.js';
import * as m033 from './migrations/033_transaction_search_and_receipts.js';
import * as m034 from './migrations/034_sales_versions.js';
import * as m035 from './migrations/035_ticket_history_daily.js';
import * as m036 from './migrations/036_terms_acceptances.js';
import * as m037 from './migrations/037_preferred_languages.js';
import * as m038 from './migrations/038_change_notifications.js';
import * as m039 from './migrations/039_tickets_searched_by_email_piece.js';
import * as m040 from './migrations/040_readable_access_codes.js';
import * as m041 from './migrations/041_item_titles.js';
import * as m042 from './migrations/042_contact_registry_fields.js';
import * as m043 from './migrations/043_session_galleries.js';
import * as m044 from './migrations/044_access_downloads_and_favourites.js';
import * as m045 from './migrations/045_access_gallery_mail.js';
import * as m046 from './migrations/046_password_set_for_them.js';
import * as m047 from './migrations/047_cancelled_uploads.js';

interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * Migrations only move forward, one purpose per file; listed here so that they load the
 * same way from sources (tests) and from the built package (no directory scanning).
 */
export const migrations: ReadonlyArray<readonly [string, Migration]> = [
  ['001_identities_and_sessions', m001],
  ['002_workspaces_and_memberships', m002],
  ['003_galleries_and_items', m003],
  ['004_client_accesses', m004],
  ['005_throttles_outbox_secrets', m005],
  ['006_gallery_item_counts', m006],
  ['007_workspace_content_version', m007],
  ['008_membership_kinds_and_roles', m008],
  ['009_audit_log', m009],
  ['010_identities_without_password', m010],
  ['011_member_invitations', m011],
  ['012_password_resets', m012],
  ['013_api_keys', m013],
  ['014_membership_description', m014],
  ['015_second_factor', m015],
  ['016_sign_in_second_factor', m016],
  ['017_workspace_second_factor_policy', m017],
  ['018_workspace_features', m018],
  ['019_agency_accounts', m019],
  ['020_workspace_activation_url', m020],
  ['021_contacts', m021],
  ['022_contact_activation_links', m022],
  ['023_terms_versions', m023],
  ['024_jobs', m024],
  ['025_contacts_search_trigram', m025],
  ['026_contact_counts', m026],
  ['027_outbox_sealed_bodies', m027],
  ['028_guess_counters', m028],
  ['029_instance_key_outside_database', m029],
  ['030_account_links_and_session_places', m030],
  ['031_seller_accounts_and_master_accounts', m031],
  ['032_tickets_and_their_history', m032],
  ['033_transaction_search_and_receipts', m033],
  ['034_sales_versions', m034],
  ['035_ticket_history_daily', m035],
  ['036_terms_acceptances', m036],
  ['037_preferred_languages', m037],
  ['038_change_notifications', m038],
  ['039_tickets_searched_by_email_piece', m039],
  ['040_readable_access_codes', m040],
  ['041_item_titles', m041],
  ['042_contact_registry_fields', m042],
  ['043_session_galleries', m043],
  ['044_access_downloads_and_favourites', m044],
  ['045_access_gallery_mail', m045],
  ['046_password_set_for_them', m046],
  ['047_cancelled_uploads', m047],
];

const source: Knex.MigrationSource<readonly [string, Migration]> = {
  getMigrations: async () => [...migrations],
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};

/**
 * Migrates to the latest schema. pg_trgm (the search indexes' extension) is created first, once
 * per database and under an advisory lock: it lives in `public` whatever schema the tables use,
 * so two schemas migrating at once on a database without it (test runs, tenant deployments)
 * would both create it, and one would fail on pg_extension's unique name. The migrations that
 * need it then find it there.
 */
export async function migrateToLatest(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(hashtext('foyer: create extension pg_trgm'))");
    await trx.raw('create extension if not exists pg_trgm with schema public');
  });
  await db.migrate.latest({ migrationSource: source });
}
