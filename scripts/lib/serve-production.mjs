// `npm run serve`: PocketBase on the built site with no demo data. Before it starts, a short-lived
// superuser with a random, never-printed password syncs the built courses and quizzes on a
// loopback-only port, then deletes itself, so the only accounts are the ones the operator creates.
import { randomBytes } from 'node:crypto';
import PocketBase from 'pocketbase';
import { startPocketBase } from './pocketbase-process.mjs';
import { builtBinary } from './pocketbase-binary.mjs';
import { dataDirectory, syncBuiltContent } from './serve-data.mjs';
import { refreshSyncAccount, SYNC_ACCOUNT_EMAIL } from './sync-account.mjs';

/** PocketBase's placeholder while no superuser exists (core.DefaultInstallerEmail): its installer link signs in as it. */
const INSTALLER_EMAIL = '__pbinstaller@example.com';
/** The link PocketBase prints while no superuser exists (apis/installer.go). */
const INSTALLER_LINK = /\/_\/#\/pbinstall\/\S+/;

/** Syncs the build into dataDir; returns whether an operator's superuser exists. */
async function syncWithTemporaryAccount(dataDir) {
  const account = refreshSyncAccount(dataDir);
  const server = await startPocketBase({ dataDir });
  try {
    const pb = new PocketBase(server.url);
    pb.autoCancellation(false);
    await pb.collection('_superusers').authWithPassword(account.email, account.password);
    await syncBuiltContent(server.url, pb.authStore.token);
    const superusers = pb.collection('_superusers');
    const operators = await superusers.getList(1, 1, {
      filter: `email != "${SYNC_ACCOUNT_EMAIL}" && email != "${INSTALLER_EMAIL}"`,
    });
    const hasOperator = operators.totalItems > 0;
    // PocketBase refuses to delete the last superuser; its own placeholder keeps the first-superuser link working.
    if (!hasOperator && (await superusers.getList(1, 1, { filter: `email = "${INSTALLER_EMAIL}"` })).totalItems === 0) {
      const password = randomBytes(24).toString('base64url');
      await superusers.create({ email: INSTALLER_EMAIL, password, passwordConfirm: password });
    }
    await superusers.delete(pb.authStore.record.id);
    return hasOperator;
  } finally {
    await server.stop();
  }
}

export async function serveProduction({ host, port }) {
  const dataDir = dataDirectory();
  const hasOperator = await syncWithTemporaryAccount(dataDir);
  const server = await startPocketBase({ dataDir, host, port, showOutput: true });
  if (!hasOperator) {
    // PocketBase prints the installer link just after it starts; the help below refers to it.
    await server
      .waitForOutput(INSTALLER_LINK)
      .catch((error) => console.error(`ertad: ${error.message.split('\n')[0]}`));
    console.log(firstSuperuserHelp(server.url, dataDir));
  }
  return server;
}

function firstSuperuserHelp(url, dataDir) {
  return [
    '',
    'ertad: this database has no superuser yet. Create the first one, either:',
    '  - with the one-time installer link PocketBase printed above (it opens the dashboard), or',
    `  - on this machine: ${process.env.PB_BIN || builtBinary} superuser create EMAIL PASSWORD --dir=${dataDir}`,
    `  then sign in at ${url}/_/ (through your https address once the reverse proxy is set up).`,
    '',
  ].join('\n');
}
