// Makes the hook bundle part of the site build: every `astro build` writes it, and `astro dev`
// rewrites it when a file under src/ changes (PocketBase, watching pb_hooks, then reloads).
import { sep } from 'node:path';
import { bundleHooks } from './bundle-hooks.mjs';
import { root } from './root.mjs';

const sources = `${root}src${sep}`;

/** @returns {import('astro').AstroIntegration} */
export function hooksBundleIntegration() {
  return {
    name: 'ertad:hooks-bundle',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        if (await bundleHooks()) logger.info('wrote the PocketBase hook bundle');
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', async (_event, file) => {
          if (!file.startsWith(sources) || /\.test\.tsx?$/.test(file)) return;
          try {
            if (await bundleHooks()) logger.info('rebuilt the PocketBase hook bundle');
          } catch (error) {
            // A half-saved file does not bundle; the next save will.
            logger.error(`the hook bundle was not rebuilt: ${error.message}`);
          }
        });
      },
    },
  };
}
