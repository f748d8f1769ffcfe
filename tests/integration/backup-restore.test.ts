import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exemptLoopbackFromRateLimits } from '../../bench/lib/loopback-unlimited.mjs';
import { root } from '../../scripts/lib/root.mjs';
import { seedDemo } from '../../scripts/seed/seed-demo.mjs';
import { syncContent } from '../../scripts/sync-content.mjs';
import { startTestServer } from '../support/pocketbase-server';
import { RULE_TABLES } from '../support/rule-tables';
import { runScript } from '../support/script-run';
import { TEST_SUPERUSER } from '../support/test-superuser.mjs';

const buildServerDir = join(root, 'build/server');
/** Ertad's own collections: each must hold records before the backup, so that every kind is checked. */
// Every collection Ertad defines (each has a rule table): the demo fills them all.
const ERTAD_COLLECTIONS = Object.keys(RULE_TABLES);
async function admin(url: string) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  return pb;
}

/** Every record of every collection but PocketBase's own auth bookkeeping, by collection name. */
async function everything(pb: PocketBase) {
  const collections = (await pb.collections.getFullList()).filter(
    (c) => !c.system || c.name === 'users' || c.name === '_superusers',
  );
  const all: Record<string, unknown[]> = {};
  for (const collection of collections) {
    all[collection.name] = await pb.collection(collection.name).getFullList({ sort: 'id' });
  }
  return all;
}

const operatorEnv = (url: string) => ({
  ERTAD_URL: url,
  ERTAD_SUPERUSER_EMAIL: TEST_SUPERUSER.email,
  ERTAD_SUPERUSER_PASSWORD: TEST_SUPERUSER.password,
});

// Its own servers: the restore replaces all data and restarts PocketBase.
describe('npm run backup, then npm run restore on a new server', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'ertad-backups-'));
  let before: Record<string, unknown[]>;
  let after: Record<string, unknown[]>;
  let restored: Awaited<ReturnType<typeof startTestServer>>;
  let backupFile: string;
  let issuerKey: string;
  let restoreOutput: string;

  beforeAll(async () => {
    expect(existsSync(join(buildServerDir, 'courses.json')), 'build/server/ is missing: run npm run build').toBe(true);
    const original = await startTestServer();
    const pb = await admin(original.url);
    await exemptLoopbackFromRateLimits(original.url, pb.authStore.token);
    await syncContent(original.url, pb.authStore.token, buildServerDir);
    await seedDemo(original.url, TEST_SUPERUSER, 'demo-people-password', buildServerDir);
    // The key the server made on its first start: a restored server must sign with it, not a new one.
    issuerKey = readFileSync(join(original.dataDir, 'issuer/ed25519.key'), 'utf8');
    before = await everything(pb);

    const backup = runScript('backup.mjs', operatorEnv(original.url), ['--out', outDir]);
    expect(await backup.exited, backup.output()).toBe(0);
    backupFile = join(outDir, readdirSync(outDir)[0]);
    await original.stop(); // and its data folder is deleted: the machine is gone

    restored = await startTestServer();
    const restore = runScript('restore.mjs', operatorEnv(restored.url), [backupFile, '--yes']);
    expect(await restore.exited, restore.output()).toBe(0);
    restoreOutput = restore.output();
    after = await everything(await admin(restored.url));
  }, 300_000);

  afterAll(async () => {
    await restored?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('wrote a zip named by its date outside the server', () => {
    expect(backupFile).toMatch(/ertad-\d{8}-\d{6}\.zip$/);
  });

  it('backed up records of every kind Ertad stores', () => {
    const empty = ERTAD_COLLECTIONS.filter((name) => !before[name]?.length);
    expect(empty).toEqual([]);
  });

  it('finds every record of every collection identical after the restore', () => {
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name]);
  });

  it('restores the certificates issuer key in the data folder', () => {
    expect(readFileSync(join(restored.dataDir, 'issuer/ed25519.key'), 'utf8')).toBe(issuerKey);
  });

  it('kept what the new server held before as a pre-restore backup', () => {
    expect(restoreOutput).toMatch(/kept on the server as pre-restore-\d{8}-\d{6}\.zip/);
    expect(readdirSync(join(restored.dataDir, 'backups')).some((name) => name.startsWith('pre-restore-'))).toBe(true);
  });
});
