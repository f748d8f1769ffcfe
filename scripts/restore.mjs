// `npm run restore FILE`: replaces everything on the server with the backup FILE (a zip from
// `npm run backup` or from PocketBase's scheduled backups). It first backs up what is there now
// (pre-restore-….zip on the server), uploads FILE unless the server has a backup of that name (in
// its data folder or its S3 bucket: then FILE need not exist here), restores, and waits for
// PocketBase to restart on the restored data.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { backupName, operatorArgs, superuserSession } from './lib/operator-client.mjs';

const usage = 'npm run restore -- FILE [--yes] --url URL --email SUPERUSER --password PASSWORD';
const args = operatorArgs(usage, { yes: { type: 'boolean' } });
const [file] = args.positionals;
if (!file) {
  console.error(`usage: ${usage}`);
  process.exit(2);
}

async function confirmed() {
  if (args.values.yes) return true;
  if (!process.stdin.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(
    `Replace ALL data on ${args.url} with ${basename(file)}? Type "restore" to go on: `,
  );
  prompt.close();
  return answer.trim() === 'restore';
}

/**
 * Resolves once PocketBase has restarted on the restored data. It restores in the background and
 * then replaces its own process: health says canBackup false while restoring (to a superuser), and
 * does not answer while the new process starts; answering again after either means done.
 */
async function waitForRestart(pb, timeoutMs = 600_000) {
  const deadline = Date.now() + timeoutMs;
  let restarting = false;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${pb.baseURL}/api/health`, { headers: { Authorization: pb.authStore.token } });
      const health = await response.json();
      if (health.data?.canBackup === false) restarting = true;
      else if (restarting && response.ok) return;
    } catch {
      restarting = true;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${pb.baseURL} did not restart within ${timeoutMs / 1000} s; look at the server's log`);
}

try {
  if (!(await confirmed())) {
    console.error('restore: not confirmed; nothing changed (add --yes to skip the question)');
    process.exit(2);
  }
  const pb = await superuserSession(args);
  const key = basename(file);
  const onServer = (await pb.backups.getFullList()).some((backup) => backup.key === key);
  if (!onServer) {
    await pb.backups.upload({ file: new File([readFileSync(file)], key, { type: 'application/zip' }) });
  }
  const safety = backupName('pre-restore');
  await pb.backups.create(safety);
  await pb.backups.restore(key);
  await waitForRestart(pb);
  console.log(`restore: ${args.url} now runs on ${key}; what was there before is kept on the server as ${safety}`);
  console.log('restore: sign in with the superuser accounts that the backup holds');
} catch (error) {
  console.error(`restore: ${error.message}`, error.response?.data ? JSON.stringify(error.response.data) : '');
  process.exit(1);
}
