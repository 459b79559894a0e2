// A web-test-runner plugin that runs a real Foyer server (embedded database, fresh for each
// run) beside the test pages. Element tests call it cross-origin, as a real site would, and
// ask `/fixture/<name>` for a freshly seeded workspace so no two tests share data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, bootServer } from '@foyer/server';
import { fixtures } from './fixtures.mjs';

/** The test server's upload limit; the studio's tests send a file just over it. */
const uploadLimitBytes = 3 * 1024 * 1024;

export function foyerTestServer() {
  let deps;
  let listener;
  let blobDir;
  let api;
  // The same server with sign-up open (the test server's own is invite-only, as by default):
  // the sign-up tests use it, on the same database.
  let signUpListener;
  let signUpApi;
  /** Answers `/fixture/<name>` with a freshly seeded workspace; listed in the config's `middleware`. */
  async function fixtureMiddleware(ctx, next) {
    const match = /^\/fixture\/([a-z-]+)$/.exec(ctx.path);
    if (!match) return next();
    const build = fixtures[match[1]];
    if (!build) {
      ctx.status = 404;
      return;
    }
    try {
      // A fixture that reads what the server holds for someone (their mail, say) is told whose in the query.
      const seeded = await build({ deps, api, signUpApi, query: ctx.query });
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ api, ...seeded });
    } catch (error) {
      // The test reads why its fixture failed instead of a bare 500.
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = `fixture ${match[1]} failed: ${error?.stack ?? error}`;
    }
  }
  const plugin = {
    name: 'foyer-server',
    async serverStart() {
      blobDir = await mkdtemp(join(tmpdir(), 'foyer-wtr-'));
      deps = await bootServer({ database: { kind: 'pglite' }, blobDir });
      // A small upload limit, so a test can send a file over it without sending hundreds of megabytes.
      deps = { ...deps, config: { ...deps.config, maxUploadBytes: uploadLimitBytes } };
      const foyer = createApp(deps, { allowedOrigins: '*' });
      await new Promise((resolve) => {
        listener = foyer.listen(0, '127.0.0.1', resolve);
      });
      api = `http://127.0.0.1:${listener.address().port}/api`;
      const open = createApp({ ...deps, config: { ...deps.config, signUp: 'open' } }, { allowedOrigins: '*' });
      await new Promise((resolve) => {
        signUpListener = open.listen(0, '127.0.0.1', resolve);
      });
      signUpApi = `http://127.0.0.1:${signUpListener.address().port}/api`;
    },
    async serverStop() {
      await new Promise((resolve) => listener?.close(resolve));
      await new Promise((resolve) => signUpListener?.close(resolve));
      await deps?.close();
      if (blobDir) await rm(blobDir, { recursive: true, force: true });
    },
  };
  return { plugin, middleware: fixtureMiddleware };
}
