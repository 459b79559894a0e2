import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
// The built command, as `npx foyer` runs it: the package's tests run after its build.
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('the foyer command', () => {
  it('answers --help with its commands and success, and an unknown command with failure', async () => {
    for (const word of ['--help', '-h', 'help']) {
      const { stdout } = await run(process.execPath, [cli, word]);
      expect(stdout).toContain('foyer serve');
      expect(stdout).toContain('foyer create-owner');
    }
    const unknown = await run(process.execPath, [cli, 'serv']).catch((error: { code: number; stdout: string }) => error);
    expect(unknown).toMatchObject({ code: 1 });
    expect((unknown as { stdout: string }).stdout).toContain('foyer serve');
  });
});
