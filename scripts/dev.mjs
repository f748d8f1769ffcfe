// `npm run dev`: Astro's dev server with live reload, its /api proxied to a PocketBase started
// beside it (API_PORT, default 8090) that reloads when pb_hooks change.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/root.mjs';
import { serveProjectData, stopTogether } from './lib/serve-data.mjs';

try {
  const server = await serveProjectData({
    host: '127.0.0.1',
    port: Number(process.env.API_PORT ?? 8090),
    watchHooks: true,
  });
  const astro = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--host', process.env.HOST ?? '127.0.0.1'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ERTAD_API: server.url },
  });
  astro.on('exit', async (code) => {
    await server.stop();
    process.exit(code ?? 0);
  });
  stopTogether(server, astro);
} catch (error) {
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
