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
      server: { strictPort: true },
      preview: { strictPort: true },
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
        entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', export: 'src/export/index.ts', details: 'src/details/index.ts' },
        formats: ['es'],
      },
      rolldownOptions: {
        // Peers and dependencies are the host's to install: nothing of theirs is bundled.
        external: [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^date-fns($|\/)/, /^@noble\//],
      },
    },
  };
});
