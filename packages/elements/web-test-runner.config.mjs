import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { foyerTestServer } from './test/foyer-server-plugin.mjs';

const foyer = foyerTestServer();

// Element tests run in a real Chromium against a real Foyer server (see foyer-server-plugin).
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export default {
  // The color-scheme tests emulate the visitor's system setting, which the page beside them in a
  // concurrent run disturbs: they run on their own (web-test-runner.color-scheme.config.mjs).
  files: ['src/**/*.test.ts', '!src/styles/color-scheme.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'default'] },
  concurrency: 2,
  // Generous: each test seeds its own workspace on the real server (argon2 on purpose).
  testFramework: { config: { timeout: 20000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  middleware: [foyer.middleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }), foyer.plugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: chromeFlags,
      },
    }),
  ],
};
