// Starts PocketBase on the project's data dir, syncs the built courses and quizzes into it, and
// gives a new database a superuser and the demo data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { startPocketBase, upsertSuperuser } from './pocketbase-process.mjs';
import { root } from './root.mjs';
import { refreshSyncAccount } from './sync-account.mjs';
import { DEMO_SUPERUSER } from '../seed/demo-accounts.mjs';
import { demoSignIns, seedDemo } from '../seed/seed-demo.mjs';
import { syncContent } from '../sync-content.mjs';

const buildServerDir = join(root, 'build/server');

/**
 * `publicUrl`: where people reach the site. A new database takes it as PocketBase's Application
 * URL, which certificates print and sign with (the default, http://localhost:8090, is wrong on
 * any other port). A database in use keeps what its owner set.
 */
export async function serveProjectData({ host, port, watchHooks = false, publicUrl }) {
  const dataDir = process.env.ERTAD_DATA ?? join(root, '.data');
  const fresh = !existsSync(join(dataDir, 'data.db'));
  if (fresh) upsertSuperuser(dataDir, DEMO_SUPERUSER.email, DEMO_SUPERUSER.password);
  const syncAccount = refreshSyncAccount(dataDir);
  const server = await startPocketBase({ dataDir, host, port, watchHooks, stdio: ['ignore', 'inherit', 'inherit'] });
  if (existsSync(join(buildServerDir, 'courses.json'))) {
    const result = await syncContent(server.url, syncAccount, buildServerDir);
    const counts = Object.entries(result).map(([name, r]) => `${name} ${r.created.length}+${r.updated.length}~`);
    console.log(`ertad: content synced (created+updated): ${counts.join(', ')}`);
  }
  if (fresh) {
    if (publicUrl) await setApplicationUrl(server.url, syncAccount, publicUrl);
    await seedDemo(server.url, syncAccount);
    console.log(`\nertad: new database in ${dataDir}, seeded with demo accounts:\n${demoSignIns(server.url)}\n`);
  }
  return server;
}

async function setApplicationUrl(url, account, appURL) {
  const admin = new PocketBase(url);
  await admin.collection('_superusers').authWithPassword(account.email, account.password);
  await admin.settings.update({ meta: { appURL } });
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
