// Builds the React page into demo/dist/react, served by the demo at /react/. It bundles the
// published, already compiled @foyer/elements (its dist), not the elements' TypeScript sources.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/react/',
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist/react', import.meta.url)), emptyOutDir: true },
});
