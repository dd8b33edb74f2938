/* Web: Vite build of the explorer (root web/, output web/dist, /api proxied to the server in dev). */

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // sigma + graphology are one cohesive bundle; splitting buys nothing for an app shell this size.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${process.env.NEWSGRAPH_API_PORT ?? 3000}`,
    },
  },
});
