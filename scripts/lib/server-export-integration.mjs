// Keeps the server export (src/pages/server-export/[file].ts) from ever being served: moves it out
// of the built site as the build ends, and refuses it in `astro dev`. The full quiz definitions
// carry answer keys and go only to PocketBase.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './root.mjs';

// ERTAD_SERVER_OUT: tests and benches that build fixtures keep their export beside them.
export const serverExportDir = process.env.ERTAD_SERVER_OUT ?? join(root, 'build/server');

/** @returns {import('astro').AstroIntegration} */
export function serverExportIntegration() {
  return {
    name: 'ertad:server-export',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!request.url?.startsWith('/server-export/')) return next();
          response.statusCode = 404;
          response.end();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = join(fileURLToPath(dir), 'server-export');
        rmSync(serverExportDir, { recursive: true, force: true });
        cpSync(built, serverExportDir, { recursive: true });
        rmSync(built, { recursive: true, force: true });
        logger.info(`moved the server export to ${serverExportDir}`);
      },
    },
  };
}
