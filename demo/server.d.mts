import type { DemoSeed, HostingSeed, MarketplaceSeed, PrintShopSeed } from '@foyer/server';

export interface StartDemoOptions {
  /** Port to listen on; 0 picks a free one. Default: PORT, else 3000. */
  port?: number;
  /** Interface to listen on, and the host name in the printed URL. Default: every interface, shown as localhost. */
  host?: string;
  /** Environment to read DATABASE_URL, FOYER_* and PORT from. Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /** Folder of the embedded database and uploaded files. Default: demo/.data. */
  dataDir?: string;
  /** A fresh embedded database in memory and a temporary file folder, removed by close(). Ignores DATABASE_URL. */
  inMemory?: boolean;
  /** Print nothing (the URL line included). */
  quiet?: boolean;
}

export interface RunningDemo {
  /** The demo site's address, ending in a slash: `http://localhost:3000/`. */
  url: string;
  port: number;
  /** The Foyer server's base address: `<url>api`. */
  apiUrl: string;
  /** The operator's account page the server's reset, sign-up and email links open: FOYER_PUBLIC_URL, else `<url>account.html`. */
  accountUrl: string;
  /** The seeded facts: codes, passwords, the owner's login. */
  seed: DemoSeed;
  /** The seeded print shop: its admin login, its contacts in every status and their jobs. */
  printShop: PrintShopSeed;
  /** The seeded marketplace: the master account's owner, the seller accounts, the helpers, and the API user's key of this start. */
  marketplace: MarketplaceSeed;
  /** The seeded hosting customers: Fjordweb AS's primary user and contacts, the web helper of two customers, and the back-end's key of this start. */
  hosting: HostingSeed;
  close(): Promise<void>;
}

export function startDemo(options?: StartDemoOptions): Promise<RunningDemo>;
