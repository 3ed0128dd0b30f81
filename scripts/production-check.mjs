// Builds a host app on the packed build (bench/apps/viewer-size: the viewer on Tesseral's API) as a
// host's Vite does, in production and in development, and checks that the words meant for a
// developer (the viewer's prop corrections) reach the development build only: nothing dev-only ships.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const DEV_ONLY = 'is not one this backend offers';

async function bundle(mode) {
  const outDir = join(root, 'node_modules/.cache/production-check', mode);
  await build({
    configFile: false,
    mode,
    root: join(root, 'bench/apps/viewer-size'),
    logLevel: 'error',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    resolve: {
      alias: [
        { find: '@audit-log-viewer/react/styles.css', replacement: join(root, 'dist/styles.css') },
        { find: /^@audit-log-viewer\/react$/, replacement: join(root, 'dist/index.js') },
      ],
    },
    build: { outDir, emptyOutDir: true, minify: mode === 'production' },
  });
  const assets = join(outDir, 'assets');
  const text = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
  rmSync(outDir, { recursive: true, force: true });
  return text;
}

if (!(await bundle('development')).includes(DEV_ONLY)) throw new Error(`production-check: a development build should hold the prop corrections ("${DEV_ONLY}"); the check would prove nothing.`);
if ((await bundle('production')).includes(DEV_ONLY)) throw new Error(`production-check: a host's production build holds the viewer's development-only words ("${DEV_ONLY}").`);
console.log('production-check: the prop corrections are in a development build only.');
