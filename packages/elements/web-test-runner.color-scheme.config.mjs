import config from './web-test-runner.config.mjs';

// The color-scheme tests switch the emulated prefers-color-scheme of their page; with another
// test page open beside them the emulation does not take hold, so they run alone, one page.
export default { ...config, files: ['src/styles/color-scheme.test.ts'], concurrency: 1 };
