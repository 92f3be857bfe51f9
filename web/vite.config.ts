import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// `vite web` (dev) proxies the API to a running `entente serve`; `vite build web` writes web/dist,
// which the server serves with an SPA fallback.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep assets under one prefix so the server can cache them forever (names are hashed).
    assetsDir: 'assets',
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
