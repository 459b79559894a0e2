// The demo host site: a photographer's website that embeds Foyer. It boots the Foyer server
// the way any host would (bootServer + foyerMiddleware under /api), seeds the demo studio, and
// serves its own plain pages beside the built elements. `npm start` runs this file.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import express from 'express';
import helmet from 'helmet';
import {
  bootOptionsFromEnv,
  bootServer,
  foyerMiddleware,
  outboxMessages,
  startHourlyHousekeeping,
  parseTrustProxy,
  seedDemo,
  seedHosting,
  seedMarketplace,
  seedPrintShop,
  totpCode,
} from '@foyer/server';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The Content-Security-Policy of the demo's pages, strict on purpose: it shows site owners
 * that the elements run under one they can copy. Nothing inline and nothing from elsewhere —
 * the elements' styles are constructable stylesheets (adoptedStyleSheets), which 'self' allows
 * without 'unsafe-inline'. data: is for the pages' empty favicon; the gallery pictures are
 * signed links under /api, on the page's own origin. A mailto: link is a navigation, which
 * no directive here governs.
 */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  frameAncestors: ["'self'"],
  formAction: ["'self'"],
};

/** The built elements' folder (dist), found through the package so the demo uses what is published. */
function elementsDistDir() {
  try {
    return dirname(fileURLToPath(import.meta.resolve('@foyer/elements')));
  } catch {
    // Not built yet: Node refuses to resolve a missing entry file. Serve the folder it will be in.
    return join(here, '..', 'packages', 'elements', 'dist');
  }
}

function bootOptions({ env, dataDir, inMemory, blobDir }) {
  const parsed = bootOptionsFromEnv(env, dataDir);
  // The demo is for trying things: anyone may sign up unless FOYER_SIGNUP says otherwise.
  const options = { ...parsed, config: { ...parsed.config, signUp: env.FOYER_SIGNUP ? parsed.config.signUp : 'open' } };
  // In memory means in memory, even where DATABASE_URL is set (CI sets it for the server tests).
  // Its instance key too: in memory, not a key file left behind in the data folder.
  return inMemory ? { ...options, database: { kind: 'pglite' }, blobDir, secret: undefined, keyFile: undefined } : options;
}

/**
 * Starts the demo. `port` 0 picks a free port. `inMemory` uses a fresh embedded database and a
 * temporary file folder that `close()` removes; otherwise data lives in `dataDir` (default
 * demo/.data) or in the PostgreSQL that `DATABASE_URL` names.
 */
export async function startDemo({ port, host, env = process.env, dataDir = join(here, '.data'), inMemory = false, quiet = false } = {}) {
  const log = quiet ? () => {} : (line) => console.log(line);
  const chosenPort = port ?? Number(env.PORT ?? 3000);
  // Read before anything starts: a setting that would hand the source to the client stops the demo.
  const trustProxy = parseTrustProxy(env.FOYER_TRUST_PROXY);
  const tempBlobDir = inMemory ? await mkdtemp(join(tmpdir(), 'foyer-demo-blobs-')) : null;
  // The embedded database does not create its folder's parents: on a fresh clone there is no .data yet.
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const server = await bootServer(bootOptions({ env, dataDir, inMemory, blobDir: tempBlobDir }));

  const origins = env.FOYER_ALLOWED_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const app = express();
  app.disable('x-powered-by');
  if (trustProxy !== undefined) app.set('trust proxy', trustProxy);
  app.use('/api', foyerMiddleware(server, { allowedOrigins: origins?.length ? origins : '*' }));
  // After /api, which sets its own headers: the policy is for the demo's pages and files.
  // Only the directives above (helmet's defaults would add 'unsafe-inline' styles and
  // upgrade-insecure-requests); no HSTS, since the demo serves plain HTTP and HTTPS is the
  // business of whatever terminates TLS in front of it.
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy }, strictTransportSecurity: false }));

  // Demo-only: the seeded facts for the "codes to try" boxes. The Foyer server has no such route.
  let facts = null;
  let printShopFacts = null;
  let marketplaceFacts = null;
  let hostingFacts = null;
  // The API user's key is printed in the terminal only, as a real key is shown once; the page gets its last characters.
  app.get('/demo/marketplace.json', (_req, res) => {
    if (!marketplaceFacts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.setHeader('Cache-Control', 'no-store');
    const { key: _key, ...apiKey } = marketplaceFacts.apiKey;
    res.json({ ...marketplaceFacts, apiKey });
  });
  // Demo-only: the mail sent to an address, newest first, so a visitor can follow the
  // confirmation links of a master account without a mail server. A real server sends it.
  app.get('/demo/mailbox.json', async (req, res) => {
    const to = typeof req.query.to === 'string' ? req.query.to.trim().toLowerCase() : '';
    if (!to) return void res.status(400).json({ error: 'Name the address: ?to=…' });
    res.setHeader('Cache-Control', 'no-store');
    const messages = await outboxMessages(server, { to, limit: 10 });
    res.json(messages.slice(0, 10).map((m) => ({ subject: m.subject, body: m.body })));
  });
  app.get('/demo/print-shop.json', (_req, res) => {
    if (!printShopFacts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.json(printShopFacts);
  });
  // The back-end's key stays here, as a host keeps its own; the page gets its last characters.
  app.get('/demo/hosting.json', (_req, res) => {
    if (!hostingFacts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.setHeader('Cache-Control', 'no-store');
    const { key: _key, ...apiKey } = hostingFacts.apiKey;
    res.json({ ...hostingFacts, apiKey });
  });
  // Demo-only: the host's back-end issues an invoice. It tells the customer's contacts the way
  // any host would: Foyer's notifications.notify over HTTP with its API key, never the server's
  // code directly. The mail says the invoice was issued; the invoice stays in the host's system.
  let invoiceNumber = 0;
  app.post('/demo/hosting/invoice-issued', async (_req, res) => {
    if (!hostingFacts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.setHeader('Cache-Control', 'no-store');
    invoiceNumber += 1;
    const invoice = `2026-${String(100 + invoiceNumber).padStart(4, '0')}`;
    const input = {
      workspace: hostingFacts.workspace.handle,
      category: 'invoice',
      subject: `Invoice ${invoice} issued`,
      text: `Invoice ${invoice} for ${hostingFacts.workspace.name} was issued today. Sign in to the client area to view and pay it.`,
    };
    try {
      const response = await fetch(`${url}api/trpc/notifications.notify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${hostingFacts.apiKey.key}` },
        body: JSON.stringify(input),
      });
      const body = await response.json();
      if (!response.ok) return void res.status(502).json({ error: body.error?.message ?? `notifications.notify answered ${response.status}.` });
      res.json({ subject: input.subject, sentTo: body.result.data.sentTo });
    } catch (error) {
      res.status(502).json({ error: error.message });
    }
  });
  app.get('/demo/facts.json', (_req, res) => {
    if (!facts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.setHeader('Cache-Control', 'no-store');
    res.json(facts);
  });

  // Demo-only: the code the demo agency's authenticator app would show now, for visitors who
  // have no app at hand. Any real site would never know a person's TOTP secret.
  app.get('/demo/agency-code.json', (_req, res) => {
    if (!facts) return void res.status(503).json({ error: 'The demo is still being seeded. Reload in a moment.' });
    res.setHeader('Cache-Control', 'no-store');
    const now = Date.now();
    res.json({ code: totpCode(facts.agency.agency.secret, new Date(now)), validForSeconds: 30 - (Math.floor(now / 1000) % 30) });
  });

  app.use('/elements', express.static(elementsDistDir()));
  app.use('/elements', (_req, res) => {
    res.status(404).type('text/plain').send('The Foyer elements are not built yet: run `npm run build` at the repository root.');
  });
  // The same client galleries embedded by a React and a Vue application, built by Vite into dist/.
  for (const framework of ['react', 'vue']) {
    app.use(`/${framework}`, express.static(join(here, 'dist', framework)));
    app.use(`/${framework}`, (_req, res) => {
      res.status(404).type('text/plain').send(`The ${framework} page is not built yet: run \`npm run build\` at the repository root.`);
    });
  }
  app.use(express.static(join(here, 'public'), { extensions: ['html'] }));

  const http = await new Promise((resolve, reject) => {
    const done = (error) => (error ? reject(error) : resolve(listening));
    const listening = host ? app.listen(chosenPort, host, done) : app.listen(chosenPort, done);
  });
  const actualPort = http.address().port;
  const url = `http://${host && host !== '0.0.0.0' ? host : 'localhost'}:${actualPort}/`;
  // The operator's account page, where password resets, sign-up and email confirmations land:
  // the demo's account.html unless FOYER_PUBLIC_URL names another. Its address is known only
  // once the demo listens (port 0 picks one); every request reads the config from the server,
  // so from here on each account link it mails opens that page.
  if (!server.config.publicUrl) server.config = { ...server.config, publicUrl: `${url}account.html` };

  try {
    facts = await seedDemo(server, { entryUrl: url, galleryUrl: `${url}gallery.html` });
    // The print shop: contacts and jobs in every status; FOYER_DEMO_CONTACTS sets how many customers are generated.
    const generatedContacts = env.FOYER_DEMO_CONTACTS ? Number(env.FOYER_DEMO_CONTACTS) : undefined;
    printShopFacts = await seedPrintShop(server, { activationUrl: `${url}activate.html`, generatedContacts });
    marketplaceFacts = await seedMarketplace(server);
    hostingFacts = await seedHosting(server, { activationUrl: (workspace) => `${url}hosting.html?workspace=${encodeURIComponent(workspace)}` });
  } catch (error) {
    await new Promise((resolve) => http.close(() => resolve()));
    await server.close();
    throw error;
  }

  const stopHousekeeping = startHourlyHousekeeping(server);
  log(`Foyer demo running at ${url}`);
  log(`Account page (password resets, sign-up, email changes): ${server.config.publicUrl}`);
  logAgencyDemo(log, facts.agency);
  log(`Print shop ${printShopFacts.workspace.name} (${printShopFacts.total} contacts): admin ${printShopFacts.admin.email}, password ${printShopFacts.admin.password}`);
  logMarketplaceDemo(log, marketplaceFacts);
  logHostingDemo(log, hostingFacts);

  return {
    url,
    port: actualPort,
    apiUrl: `${url}api`,
    accountUrl: server.config.publicUrl,
    seed: facts,
    printShop: printShopFacts,
    marketplace: marketplaceFacts,
    hosting: hostingFacts,
    async close() {
      stopHousekeeping();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(() => resolve()));
      await server.close();
      if (tempBlobDir) await rm(tempBlobDir, { recursive: true, force: true });
    },
  };
}

/** The agency demo's credentials, so a visitor can sign in as the agency. */
function logAgencyDemo(log, agency) {
  log('Agency demo (email marketing):');
  for (const w of agency.workspaces) log(`  workspace ${w.handle}: owner ${w.owner.email} / ${w.owner.password}; grants the agency ${w.agencyRole}`);
  log(`  agency ${agency.agency.email} / ${agency.agency.password}`);
  log(`    second factor: add the secret ${agency.agency.secret} to an authenticator app, or read the current code at /demo/agency-code.json`);
  log(`    recovery codes (each works once): ${agency.agency.recoveryCodes.join(' ')}`);
  log(`  agency without a second factor: ${agency.agencyWithoutSecondFactor.email} / ${agency.agencyWithoutSecondFactor.password}`);
}

/** The marketplace demo's logins, and the API user's key of this start (a new one each start). */
function logMarketplaceDemo(log, marketplace) {
  log(`Marketplace demo (${marketplace.transactions} transactions from ${marketplace.salesPeriod.from} to ${marketplace.salesPeriod.to}):`);
  log(`  master account ${marketplace.master.handle}: owner ${marketplace.master.owner.email} / ${marketplace.master.owner.password}`);
  for (const a of marketplace.accounts) {
    const tickets = a.linked ? `, tickets ${a.tickets.open} open / ${a.tickets.reopened} reopened / ${a.tickets.closed} closed` : ', not linked yet';
    log(`  seller account ${a.handle} / ${a.owner.password} (owner ${a.owner.email})${tickets}`);
  }
  for (const u of marketplace.users.filter((user) => !user.apiOnly)) log(`  user ${u.email} / ${u.password}: ${u.permissions.join(', ')} in ${u.accounts.join(', ')}`);
  log(`  API user ${marketplace.apiKey.email}, key ${marketplace.apiKey.key} (shown once; a new one each start) in ${marketplace.apiKey.accounts.join(', ')}`);
}

/** The hosting demo's logins, and the back-end's key of this start (a new one each start). */
function logHostingDemo(log, hosting) {
  log(`Hosting demo (customer portal of ${hosting.workspace.name}, ${hosting.workspace.handle}):`);
  log(`  primary user ${hosting.primaryUser.email} / ${hosting.primaryUser.password}`);
  for (const c of hosting.contacts) {
    const login = c.password ? `${c.email} / ${c.password}` : `${c.email} (no login)`;
    log(`  ${c.role} ${login}: ${c.permissions.join(', ') || 'notifications only'}; mail ${c.notifications.join(', ')}; in ${c.workspaces.join(', ')}`);
  }
  log(`  primary user of ${hosting.secondWorkspace.name} (${hosting.secondWorkspace.handle}): ${hosting.secondPrimaryUser.email} / ${hosting.secondPrimaryUser.password}`);
  log(`  host back-end ${hosting.apiKey.email}, key ${hosting.apiKey.key} (shown once; a new one each start): ${hosting.apiKey.permissions.join(', ')}`);
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const demo = await startDemo().catch((error) => {
    console.error(error);
    process.exit(1);
  });
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
