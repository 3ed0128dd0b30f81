import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');

/** Builds one bench app (bench/apps/<name>) against the built package, minified, into `out/<name>`. */
export async function buildApp(name: string, out: string): Promise<string> {
  const outDir = join(out, name);
  await build({
    configFile: false,
    root: join(root, 'bench/apps', name),
    base: `/${name}/`,
    logLevel: 'error',
    plugins: [react()],
    resolve: {
      alias: [
        { find: '@audit-log-viewer/react/styles.css', replacement: join(root, 'dist/styles.css') },
        { find: /^@audit-log-viewer\/react$/, replacement: join(root, 'dist/index.js') },
      ],
    },
    build: { outDir, emptyOutDir: true, minify: true },
  });
  return outDir;
}
