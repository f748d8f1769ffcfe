import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { expect, it } from 'vitest';
import { exemptLoopbackFromRateLimits } from '../../bench/lib/loopback-unlimited.mjs';
import { root } from '../../scripts/lib/root.mjs';
import { seedDemo } from '../../scripts/seed/seed-demo.mjs';
import { syncContent } from '../../scripts/sync-content.mjs';
import { startTestServer } from './pocketbase-server';
import { runScript } from './script-run';
import { RULE_TABLES } from './rule-tables';
import { TEST_SUPERUSER } from './test-superuser.mjs';

const buildServerDir = join(root, 'build/server');

/** Every collection Ertad defines (each has a rule table): the demo fills them all. */
export const ERTAD_COLLECTIONS = Object.keys(RULE_TABLES);

/** A client signed in as the test superuser on the server at `url`. */
export async function admin(url: string) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  return pb;
}

/** Every record of every collection but PocketBase's own auth bookkeeping, by collection name. */
export async function everything(pb: PocketBase) {
  const collections = (await pb.collections.getFullList()).filter(
    (c) => !c.system || c.name === 'users' || c.name === '_superusers',
  );
  const all: Record<string, unknown[]> = {};
  for (const collection of collections) {
    all[collection.name] = await pb.collection(collection.name).getFullList({ sort: 'id' });
  }
  return all;
}

/** The environment that signs the operator scripts (backup.mjs, restore.mjs) in to the server at `url`. */
export const operatorEnv = (url: string) => ({
  ERTAD_URL: url,
  ERTAD_SUPERUSER_EMAIL: TEST_SUPERUSER.email,
  ERTAD_SUPERUSER_PASSWORD: TEST_SUPERUSER.password,
});

/** Runs scripts/restore.mjs with `backup` (a file, or a name the server has) on the server at `url`, then reads everything there. */
export async function restoreWithScript(url: string, backup: string) {
  const restore = runScript('restore.mjs', operatorEnv(url), [backup, '--yes']);
  expect(await restore.exited, restore.output()).toBe(0);
  return { output: restore.output(), after: await everything(await admin(url)) };
}

/**
 * A test server holding the built content and the demo, so that every collection has records;
 * with its superuser client and the issuer key it made on its first start.
 */
export async function startDemoServer() {
  expect(existsSync(join(buildServerDir, 'courses.json')), 'build/server/ is missing: run npm run build').toBe(true);
  const server = await startTestServer();
  const pb = await admin(server.url);
  await exemptLoopbackFromRateLimits(server.url, pb.authStore.token);
  await syncContent(server.url, pb.authStore.token, buildServerDir);
  await seedDemo(server.url, TEST_SUPERUSER, 'demo-people-password', buildServerDir);
  const issuerKey = readFileSync(join(server.dataDir, 'issuer/ed25519.key'), 'utf8');
  return { server, pb, issuerKey };
}

/** What a round trip holds once it has run: the data before the backup and after the restore. */
export type RoundTrip = {
  before: Record<string, unknown[]>;
  after: Record<string, unknown[]>;
  issuerKey: string;
  restoredDataDir: string;
};

/** The checks every backup-and-restore round trip makes; `trip` is read when the tests run. */
export function itRestoresEverything(trip: () => RoundTrip) {
  it('backed up records of every kind Ertad stores', () => {
    const { before } = trip();
    expect(ERTAD_COLLECTIONS.filter((name) => !before[name]?.length)).toEqual([]);
  });

  it('finds every record of every collection identical after the restore', () => {
    const { before, after } = trip();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name]);
  });

  it('restores the certificates issuer key in the data folder', () => {
    const { issuerKey, restoredDataDir } = trip();
    expect(readFileSync(join(restoredDataDir, 'issuer/ed25519.key'), 'utf8')).toBe(issuerKey);
  });
}
