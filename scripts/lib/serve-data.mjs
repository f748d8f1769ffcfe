// Starts PocketBase on the project's data dir; a new database gets a superuser and the demo data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startPocketBase, upsertSuperuser } from './pocketbase-process.mjs';
import { root } from './pocketbase-binary.mjs';
import { DEMO_SUPERUSER } from '../seed/demo-accounts.mjs';
import { demoSignIns, seedDemo } from '../seed/seed-demo.mjs';

export async function serveProjectData({ host, port, watchHooks = false }) {
  const dataDir = process.env.ERTAD_DATA ?? join(root, '.data');
  const fresh = !existsSync(join(dataDir, 'data.db'));
  if (fresh) upsertSuperuser(dataDir, DEMO_SUPERUSER.email, DEMO_SUPERUSER.password);
  const server = await startPocketBase({ dataDir, host, port, watchHooks, stdio: ['ignore', 'inherit', 'inherit'] });
  if (fresh) {
    await seedDemo(server.url);
    console.log(`\nertad: new database in ${dataDir}, seeded with demo accounts:\n${demoSignIns(server.url)}\n`);
  }
  return server;
}

/** Stops the server on Ctrl-C or SIGTERM, and exits when the server does. */
export function stopTogether(server, ...others) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, async () => {
      for (const other of others) other.kill('SIGTERM');
      await server.stop('SIGTERM');
      process.exit(0);
    });
  }
  server.child.on('exit', (code) => process.exit(code ?? 1));
}
