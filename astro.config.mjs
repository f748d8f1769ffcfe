import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { hooksBundleIntegration } from './scripts/lib/hooks-bundle-integration.mjs';
import { serverExportIntegration } from './scripts/lib/server-export-integration.mjs';

// The PocketBase that `npm run dev` starts beside Astro; /api is proxied to it (one origin, as in production).
const apiTarget = process.env.ERTAD_API ?? 'http://127.0.0.1:8090';

export default defineConfig({
  output: 'static',
  // Tests build fixture curricula side by side, each into its own folders.
  outDir: process.env.ERTAD_OUT_DIR ?? './dist',
  cacheDir: process.env.ERTAD_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  integrations: [mdx(), preact(), hooksBundleIntegration(), serverExportIntegration()],
  i18n: {
    locales: ['ka', 'en', 'az', 'hy'],
    defaultLocale: 'ka',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  },
});
