// The custom-elements manifest (dist/custom-elements.json) is read from the components'
// JSDoc headers and their Lit reactive properties. The README's tables and the React and Vue types
// are generated from it, so each element's header is the one place its API is described.
import { declaredEventsPlugin, internalFieldsPlugin, parameterPropertiesPlugin } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [internalFieldsPlugin(), parameterPropertiesPlugin(), declaredEventsPlugin()],
};
