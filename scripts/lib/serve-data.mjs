// Starts PocketBase on the project's data dir for `npm start` and `npm run dev`: syncs the built
// courses and quizzes into it, and gives a new database a demo superuser and demo data.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { startPocketBase, upsertSuperuser } from './pocketbase-process.mjs';
import { root } from './root.mjs';
import { isLoopbackHost } from './loopback.mjs';
import { refreshSyncAccount } from './sync-account.mjs';
import { DEMO_SUPERUSER_EMAIL, newDemoPasswords } from '../seed/demo-accounts.mjs';
import { demoSignIns, seedDemo } from '../seed/seed-demo.mjs';
import { syncContent } from '../sync-content.mjs';

export const buildServerDir = join(root, 'build/server');

/** Where the database, uploaded files and backups live: ERTAD_DATA, or .data/ in the project. */
export const dataDirectory = () => process.env.ERTAD_DATA ?? join(root, '.data');

/** The setting that lets demo accounts, whose passwords are printed, be reached from a network. */
export const ALLOW_DEMO_ON_NETWORK = 'ERTAD_ALLOW_DEMO_ON_NETWORK';

/** Syncs the built courses and quizzes, if the site was built; says what changed. */
export async function syncBuiltContent(url, account) {
  if (!existsSync(join(buildServerDir, 'courses.json'))) {
    console.log('ertad: no build/server/ yet: run `npm run build` to publish the courses and quizzes');
    return;
  }
  const result = await syncContent(url, account, buildServerDir);
  const counts = Object.entries(result).map(([name, r]) => `${name} ${r.created.length}+${r.updated.length}~`);
  console.log(`ertad: content synced (created+updated): ${counts.join(', ')}`);
}

/** Refuses to put the demo where others could reach it, unless ERTAD_ALLOW_DEMO_ON_NETWORK=1. */
export function assertDemoMayListenOn(host) {
  if (!isLoopbackHost(host) && process.env[ALLOW_DEMO_ON_NETWORK] !== '1') {
    throw new Error(
      `npm start is the demo, with demo accounts whose passwords it prints, and HOST=${host} would let others reach it.\n` +
        '  For a real server run `npm run build` and then `npm run serve` (no demo accounts; see "Deploying" in README.md).\n' +
        `  To show the demo on a network anyway, run it with ${ALLOW_DEMO_ON_NETWORK}=1.`,
    );
  }
}

/**
 * `publicUrl`: where people reach the site. A new database takes it as PocketBase's Application
 * URL, which certificates print and sign with (the default, http://localhost:8090, is wrong on
 * any other port). A database in use keeps what its owner set. The server handle also carries the
 * superuser `account` it synced with, for callers that need one while the server runs (a second
 * account written into the running database could fail, see upsertSuperuser).
 */
export async function serveProjectData({ host, port, watchHooks = false, publicUrl }) {
  assertDemoMayListenOn(host);
  const dataDir = dataDirectory();
  const fresh = !existsSync(join(dataDir, 'data.db'));
  const passwords = fresh ? newDemoPasswords() : null;
  if (passwords) upsertSuperuser(dataDir, DEMO_SUPERUSER_EMAIL, passwords.superuser);
  const syncAccount = refreshSyncAccount(dataDir);
  const server = await startPocketBase({ dataDir, host, port, watchHooks, showOutput: true });
  await syncBuiltContent(server.url, syncAccount);
  if (passwords) {
    if (publicUrl) await setApplicationUrl(server.url, syncAccount, publicUrl);
    await seedDemo(server.url, syncAccount, passwords.people);
    console.log(
      `\nertad: new database in ${dataDir}, seeded with demo accounts (their passwords are shown only this once):\n` +
        `${demoSignIns(server.url, passwords)}\n`,
    );
  }
  return { ...server, account: syncAccount };
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
