import { build } from 'esbuild';
const common = { bundle: true, minify: true, format: 'esm', target: 'es2022', logLevel: 'warning', legalComments: 'none' };
await build({ ...common, entryPoints: { app: 'index.jsx' }, outdir: 'dist', loader: { '.ttf': 'file' }, jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' } });
await build({ ...common, entryPoints: {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
}, outdir: 'dist' });
