// Builds the Vue page into demo/dist/vue, served by the demo at /vue/. It bundles the
// published, already compiled @foyer/elements (its dist), not the elements' TypeScript sources.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/vue/',
  // Tags with a dash are custom elements (Foyer's), which Vue leaves to the browser.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  build: { outDir: fileURLToPath(new URL('../dist/vue', import.meta.url)), emptyOutDir: true },
});
