// Builds the elements with esbuild: one ES module a site loads with <script type="module">,
// which registers every tag, plus the default theme. esbuild transforms standard decorators.
import { build } from 'esbuild';
import { cp, mkdir } from 'node:fs/promises';

await build({
  entryPoints: { index: 'src/index.ts' },
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outdir: 'dist',
  sourcemap: true,
  minify: true,
  legalComments: 'linked',
});
await mkdir('dist/themes', { recursive: true });
await cp('src/styles/themes/default.css', 'dist/themes/default.css');
