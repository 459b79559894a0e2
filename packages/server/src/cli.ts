#!/usr/bin/env node
import { resolve } from 'node:path';
import { catalogs, type CatalogShape, type CatalogTemplate } from '@foyer/schema';
import { createApp } from './app.js';
import { bootOptionsFromEnv, bootServer } from './bootstrap.js';
import { parseTrustProxy } from './http/trust-proxy.js';
import { pruneExpired } from './security/housekeeping.js';
import { setFeature, workspaceFeatures, type WorkspaceFeature } from './areas/workspaces/features.js';
import { generatedContactPassword, insertGeneratedContacts } from './db/seed/bulk-contacts.js';
import { turnOff } from './areas/second-factor/service.js';
import { createOwner } from './operator/create-owner.js';
import { seedGeneratedMarketplace } from './operator/seed-marketplace.js';
import { startHourlyHousekeeping } from './operator/hourly-housekeeping.js';

const usage = `foyer serve [--port 3000]   start the server (DATABASE_URL, or the embedded database in ./.data)
foyer migrate               bring the database to the latest migration
foyer prune                 remove expired sessions, old guessing counters and the partial files of
                            uploads that never finished (serve does this hourly)
foyer feature <workspace> <feature> on|off
                            switch a plan feature of a workspace (features: ${workspaceFeatures.join(', ')});
                            the operator's switch: no owner can set it
foyer seed-contacts --workspace <handle> [--count 100000]
                            add generated customers to a print-shop workspace in bulk (for trying the contacts table at scale)
foyer seed-marketplace --accounts <n> --transactions <m> [--master <email> [--tickets <t>]]
                            add generated seller accounts with m transactions in all (months of sales, refunds,
                            rebills) in bulk, optionally linked to a master account owned by <email>, with t
                            customer-service tickets and their history, worked by its owner and two helpers
foyer create-owner --email <email> --workspace <handle> [--name <name>] [--workspace-name <name>] [--template photography]
                            create an owner and their workspace (for a server whose sign-up is closed);
                            the password is read from standard input, never from the command line
foyer second-factor-off <email>
                            remove an account's second factor (lost authenticator and recovery
                            codes, once you have checked who is asking)`;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const dataDir = resolve(process.env.FOYER_DATA_DIR ?? '.data');
  if (command === 'migrate') {
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    await server.close();
    console.log('foyer: database is at the latest migration');
    return;
  }
  if (command === 'prune') {
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const pruned = await pruneExpired(server.db, server.clock.now(), { blobs: server.blobs });
    await server.close();
    console.log(`foyer: removed ${pruned.sessions} sessions, ${pruned.counters} counters, ${pruned.links} used or expired links and ${pruned.uploads} unfinished uploads`);
    return;
  }
  if (command === 'seed-contacts') {
    const flag = (name: string) => (rest.indexOf(name) >= 0 ? rest[rest.indexOf(name) + 1] : undefined);
    const handle = flag('--workspace');
    const count = Number(flag('--count') ?? 100_000);
    if (!handle || !Number.isInteger(count) || count < 1 || count > 10_000_000) {
      console.log(usage);
      process.exitCode = 1;
      return;
    }
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    try {
      const workspace = await server.db('workspaces').select('id', 'handle', 'catalog_template').where({ handle }).first();
      // The generated contacts are customers: only a workspace whose catalog keeps customers takes them.
      const catalog: CatalogShape | undefined = workspace ? catalogs[workspace.catalog_template as CatalogTemplate] : undefined;
      if (!catalog?.contacts?.kinds.includes('customer')) throw new Error(`foyer: there is no workspace ${handle} that keeps customers`);
      const started = Date.now();
      await insertGeneratedContacts(server.db, workspace, count, server.clock.now());
      console.log(`foyer: added ${count} contacts to ${handle} in ${((Date.now() - started) / 1000).toFixed(1)} s (password of those with a login: ${generatedContactPassword})`);
    } finally {
      await server.close();
    }
    return;
  }
  if (command === 'seed-marketplace') {
    const flag = (name: string) => (rest.indexOf(name) >= 0 ? rest[rest.indexOf(name) + 1] : undefined);
    const accounts = Number(flag('--accounts'));
    const transactions = Number(flag('--transactions'));
    const masterEmail = flag('--master');
    const tickets = Number(flag('--tickets') ?? 0);
    const ticketsFit = Number.isInteger(tickets) && tickets >= 0 && tickets <= 5_000_000 && (tickets === 0 || masterEmail !== undefined);
    if (
      !Number.isInteger(accounts) ||
      accounts < 1 ||
      accounts > 10_000 ||
      !Number.isInteger(transactions) ||
      transactions < 0 ||
      transactions > 20_000_000 ||
      masterEmail === '' ||
      !ticketsFit
    ) {
      console.log(usage);
      process.exitCode = 1;
      return;
    }
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    try {
      const seeded = await seedGeneratedMarketplace(server, { accounts, transactions, masterEmail, tickets });
      console.log(`foyer: created ${accounts} seller accounts with ${transactions} transactions in ${seeded.seconds.toFixed(1)} s; each signs in as its owner:`);
      for (const account of seeded.accounts) console.log(`  ${account.handle.padEnd(24)} ${account.ownerEmail} / ${account.password}`);
      if (seeded.master) {
        const password = seeded.master.password ? `password ${seeded.master.password}` : 'their own password';
        console.log(`foyer: master account ${seeded.master.handle} links all of them; its owner ${seeded.master.email} signs in with ${password}`);
      }
      if (seeded.tickets) {
        console.log(`foyer: ${seeded.tickets.count} tickets with ${seeded.tickets.history} history rows in ${seeded.tickets.seconds.toFixed(1)} s; the helpers who work them sign in as:`);
        for (const helper of seeded.tickets.helpers) console.log(`  ${helper.email} / ${helper.password}`);
      }
    } finally {
      await server.close();
    }
    return;
  }
  if (command === 'feature') {
    const [handle, feature, state] = rest;
    if (!handle || !workspaceFeatures.includes(feature as WorkspaceFeature) || (state !== 'on' && state !== 'off')) {
      console.log(usage);
      process.exitCode = 1;
      return;
    }
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const found = await setFeature(server, handle, feature as WorkspaceFeature, state === 'on');
    await server.close();
    if (!found) {
      console.error(`foyer: there is no workspace with the handle ${handle}`);
      process.exitCode = 1;
      return;
    }
    console.log(`foyer: ${feature} is ${state} for ${handle}`);
    return;
  }
  if (command === 'second-factor-off') {
    const [email] = rest;
    if (!email) {
      console.log(usage);
      process.exitCode = 1;
      return;
    }
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const identity = await server.db('identities').select('id').whereRaw('lower(email) = lower(?)', [email]).first();
    if (identity) await turnOff(server, identity.id);
    await server.close();
    if (!identity) {
      console.error(`foyer: there is no account with the email ${email}`);
      process.exitCode = 1;
      return;
    }
    console.log(`foyer: the second factor of ${email} is off; a workspace that requires one asks them to set it up again`);
    return;
  }
  if (command === 'create-owner') {
    const flag = (name: string) => (rest.indexOf(name) >= 0 ? rest[rest.indexOf(name) + 1] : undefined);
    const email = flag('--email');
    const handle = flag('--workspace');
    if (!email || !handle) {
      console.log(usage);
      process.exitCode = 1;
      return;
    }
    if (process.stdin.isTTY) process.stdout.write(`Password for ${email}: `);
    const password = await firstLineOf(process.stdin);
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    try {
      await createOwner(server, { email, password, name: flag('--name'), workspace: { handle, name: flag('--workspace-name') ?? handle, template: flag('--template') } });
      console.log(`foyer: ${email} owns the workspace ${handle}; they sign in with the password given`);
    } finally {
      await server.close();
    }
    return;
  }
  if (command === 'serve') {
    const portFlag = rest.indexOf('--port');
    const port = Number(portFlag >= 0 ? rest[portFlag + 1] : (process.env.PORT ?? 3000));
    // Read before the database opens: a setting that would hand the source to the client stops the start.
    const trustProxy = parseTrustProxy(process.env.FOYER_TRUST_PROXY);
    const server = await bootServer(bootOptionsFromEnv(process.env, dataDir));
    const origins = process.env.FOYER_ALLOWED_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    const app = createApp(server, { allowedOrigins: origins?.length ? origins : '*', trustProxy });
    app.listen(port, () => console.log(`foyer: serving on http://localhost:${port}/api`));
    startHourlyHousekeeping(server);
    return;
  }
  console.log(usage);
  // Asking for help is answered; a command Foyer does not know is an error a script can see.
  process.exitCode = command && !helpWords.has(command) ? 1 : 0;
}

const helpWords = new Set(['--help', '-h', 'help']);

/** The first line typed or piped in: a password never goes on the command line, where `ps` shows it. */
async function firstLineOf(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk.toString();
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exit(1);
});
