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
  // Shiki colours code with inline styles, which the Content-Security-Policy below refuses.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, with the hashes of the scripts and styles Astro
  // emits: no other script runs. PocketBase adds what a <meta> cannot carry (frame-ancestors) as a
  // header (pocketbase/headers.go).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  i18n: {
    locales: ['ka', 'en', 'az', 'hy'],
    defaultLocale: 'ka',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  vite: {
    server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  },
});
