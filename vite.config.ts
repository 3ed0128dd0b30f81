import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `vite build` → the library in dist/ (then `tsc -p tsconfig.build.json` adds the .d.ts files);
 * `vite build --mode demo` → the static demo site in dist-demo/; `vite` → the demo dev server.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'demo' || mode === 'development') {
    return {
      plugins: [react()],
      build: { outDir: 'dist-demo', chunkSizeWarningLimit: 1500 },
      // Only the demo's page is scanned for dependencies (the benchmark apps under bench/ have
      // pages of their own), and a busy port moves on to the next one: Vite prints the one it took.
      // TanStack Virtual is named too: it is only reached through a dynamic import (the large pages'
      // rows), which the scan may find late, and a late find re-bundles and reloads the page.
      optimizeDeps: { entries: ['index.html'], include: ['@tanstack/react-virtual'] },
      // A test of the first run starts from an empty cache of its own (e2e/examples/start.spec.ts).
      cacheDir: process.env.VITE_CACHE_DIR ?? 'node_modules/.vite',
    };
  }
  return {
    plugins: [react()],
    publicDir: false, // the mock service worker must not ship in the package
    build: {
      outDir: 'dist',
      sourcemap: true,
      minify: false,
      emptyOutDir: true,
      lib: {
        entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', export: 'src/export/index.ts', details: 'src/describe/index.ts', engine: 'src/engine/index.ts', server: 'src/server/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        // Peers and dependencies are the host's to install: nothing of theirs is bundled.
        external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^date-fns($|\/)/, /^@noble\//],
        output: {
          // The main entry holds components and hooks: a React Server Component that imports it
          // gets a client boundary instead of "createContext is not a function". The other
          // entries (engine, server, export, details, testing) hold no React and stay importable on a server.
          // One file per source module, as the source is laid out: a host's bundler then places each
          // module by its own use, so that what only a lazily loaded part needs stays in that part's
          // chunk. Bundled into shared chunks, such code sat in the host's first load with the
          // main entry that re-exports it, split over a dozen small files (measured: 51.6 kB
          // gzipped up front, against 48.4 kB with this, bench/budgets.ts `viewerGzipKB`).
          preserveModules: true,
          preserveModulesRoot: 'src',
          banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
        },
      },
    },
  };
});
