// Bundles GraphiQL, its explorer plugin and the Sermo wiring into dist/graphiql.js + dist/graphiql.css,
// which Sermo.Api embeds and serves itself: the IDE never loads anything from another host.
import { build } from 'esbuild';

await build({
  entryPoints: { graphiql: 'src/index.jsx' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  jsx: 'automatic',
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'eof',
  logLevel: 'warning',
});
