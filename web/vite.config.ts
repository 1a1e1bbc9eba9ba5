import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.ts';
import { preloadRespondentPages } from './scripts/preload-respondent-pages.ts';

export default defineConfig({
  plugins: [react(), preloadRespondentPages(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Source maps stay out of the served bundle; the api serves dist/ as is.
    sourcemap: false,
  },
  server: {
    // `pnpm --filter @klankbord/web dev` proxies the api started with `pnpm start`.
    proxy: { '/api': 'http://localhost:3000' },
  },
});
