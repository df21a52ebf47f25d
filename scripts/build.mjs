// Bundles the server into dist/main.js (dependencies stay in node_modules), so that `npm start`
// runs plain JavaScript instead of compiling TypeScript on every start. Takes well under a second.
import { build } from 'esbuild'

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  jsx: 'automatic',
  jsxImportSource: 'hono/jsx',
  logLevel: 'warning',
})
