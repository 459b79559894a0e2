import { join } from 'node:path';
import type { Knex } from 'knex';
import { createLocalFolderStore } from './blobs/local-folder-store.js';
import { instanceCaches } from './cache/kept-answers.js';
import type { BlobStore } from './blobs/blob-store.js';
import { defaultConfig, type ServerConfig } from './config.js';
import type { ServerDeps } from './context.js';
import { startChangeFeed } from './db/change-feed.js';
import { createDb, databaseOptionsFromEnv, type DatabaseOptions } from './db/create-db.js';
import { migrateToLatest } from './db/migrate.js';
import { createOutboxMailer } from './mail/outbox-mailer.js';
import { createSmtpMailer } from './mail/smtp-mailer.js';
import type { Mailer } from './mail/mailer.js';
import { systemClock, type Clock } from './security/clock.js';
import { loadInstanceSecret, moveKeyOutOfDatabase } from './security/instance-secret.js';

export interface BootOptions {
  database: DatabaseOptions;
  /** Folder for uploaded files. */
  blobDir: string;
  smtp?: { url: string; from: string };
  /** The instance key as hex (FOYER_SECRET); else `keyFile`; else one in memory (security/instance-secret.ts). */
  secret?: string;
  /** Where the instance key is kept, mode 0600; made on first start. */
  keyFile?: string;
  clock?: Clock;
  config?: ServerConfig;
  mailer?: Mailer;
  blobs?: BlobStore;
}

/** Opens the database, brings it to the latest migration and assembles the server's parts. */
export async function bootServer(options: BootOptions): Promise<ServerDeps & { close(): Promise<void> }> {
  const db: Knex = createDb(options.database);
  const keyPlace = { secret: options.secret, keyFile: options.keyFile };
  try {
    await moveKeyOutOfDatabase(db, keyPlace);
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const clock = options.clock ?? systemClock;
  const secret = await loadInstanceSecret(db, keyPlace).catch(async (error) => {
    await db.destroy();
    throw error;
  });
  const store = { db, clock, secret };
  const mailer = options.mailer ?? (options.smtp ? createSmtpMailer(store, options.smtp) : createOutboxMailer(store));
  const kept = instanceCaches();
  // What client calls keep of their sessions is kept only while the database's changes are heard.
  const feed = await startChangeFeed(db, kept.clientSessions);
  return {
    db,
    clock,
    mailer,
    blobs: options.blobs ?? createLocalFolderStore(options.blobDir),
    secret,
    config: options.config ?? defaultConfig,
    kept,
    async close() {
      await feed.close();
      await db.destroy();
    },
  };
}

/**
 * The operator's account settings: `FOYER_PUBLIC_URL`, the page where account-wide links land
 * (password resets, sign-up and email confirmations), and `FOYER_SIGNUP` (`open`, or the default
 * `invite-only`: accounts come from invitations, activations and `foyer create-owner`).
 */
export function accountSettingsFromEnv(env: NodeJS.ProcessEnv): Pick<ServerConfig, 'publicUrl' | 'signUp'> {
  const publicUrl = env.FOYER_PUBLIC_URL?.trim() || null;
  if (publicUrl && !/^https?:\/\/[^\s#]+$/.test(publicUrl)) throw new Error('FOYER_PUBLIC_URL must be an http(s) address without a #fragment, such as https://foyer.example.com/account');
  const signUp = env.FOYER_SIGNUP?.trim() || 'invite-only';
  if (signUp !== 'open' && signUp !== 'invite-only') throw new Error('FOYER_SIGNUP must be open or invite-only');
  return { publicUrl, signUp };
}

/**
 * Options from the environment: `DATABASE_URL` (else the embedded database in
 * `<dataDir>/pgdata`), `FOYER_SMTP_URL` and `FOYER_MAIL_FROM`, and the instance key:
 * `FOYER_SECRET`, else the file `FOYER_KEY_FILE` (default `<dataDir>/instance.key`).
 */
export function bootOptionsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): BootOptions {
  const smtpUrl = env.FOYER_SMTP_URL?.trim();
  return {
    database: databaseOptionsFromEnv(env, join(dataDir, 'pgdata')),
    blobDir: env.FOYER_BLOB_DIR?.trim() || join(dataDir, 'blobs'),
    smtp: smtpUrl ? { url: smtpUrl, from: env.FOYER_MAIL_FROM?.trim() || 'Foyer <no-reply@localhost>' } : undefined,
    secret: env.FOYER_SECRET?.trim() || undefined,
    keyFile: env.FOYER_KEY_FILE?.trim() || join(dataDir, 'instance.key'),
    config: { ...defaultConfig, ...accountSettingsFromEnv(env) },
  };
}
