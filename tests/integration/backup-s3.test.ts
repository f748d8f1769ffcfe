import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  everything,
  itRestoresEverything,
  operatorEnv,
  restoreWithScript,
  startDemoServer,
} from '../support/backup-round-trip';
import { startTestServer } from '../support/pocketbase-server';
import { startS3Server } from '../support/s3-server';
import { runScript } from '../support/script-run';

/** Resolves with the first value `probe` returns that is not undefined; fails after `timeoutMs`. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
}

/** True once no backup or restore runs on the server (PocketBase refuses a second one meanwhile). */
async function idle(pb: PocketBase) {
  const health = await pb.health.check();
  return health.data?.canBackup === true ? true : undefined;
}

const localBackups = (dataDir: string) =>
  existsSync(join(dataDir, 'backups')) ? readdirSync(join(dataDir, 'backups')) : [];

// Its own servers and bucket: the restore replaces all data and restarts PocketBase.
describe('backups to S3-compatible storage, restored from there on a new server', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'ertad-backups-'));
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let restored: Awaited<ReturnType<typeof startTestServer>>;
  let before: Record<string, unknown[]>;
  let after: Record<string, unknown[]>;
  let issuerKey: string;
  let scheduled: string;
  let backupName: string;
  let keysAfterBackup: string[];
  let localAfterBackup: string[];
  let restoreOutput: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    const demo = await startDemoServer();
    const original = demo.server;
    const pb = demo.pb;
    issuerKey = demo.issuerKey;
    const { backups } = await pb.settings.getAll();
    // Every minute, so that the scheduler's next run lands in the bucket within the test.
    await pb.settings.update({ backups: { s3: s3.settings, cron: '* * * * *' } });
    scheduled = await eventually(
      'a scheduled backup in the bucket',
      () => s3.keys().find((k) => k.startsWith('@auto')),
      70_000,
    );
    // Back to the nightly schedule, which the backup below then holds like any real one.
    await pb.settings.update({ backups: { cron: backups.cron } });
    await eventually('the scheduled backup to finish', () => idle(pb), 30_000);
    before = await everything(pb);

    const backup = runScript('backup.mjs', operatorEnv(original.url), ['--out', outDir]);
    expect(await backup.exited, backup.output()).toBe(0);
    backupName = readdirSync(outDir)[0];
    keysAfterBackup = s3.keys();
    localAfterBackup = localBackups(original.dataDir);
    await original.stop(); // and its data folder is deleted: the machine is gone, the bucket is not

    restored = await startTestServer();
    await (await admin(restored.url)).settings.update({ backups: { s3: s3.settings } });
    // Only the name, which is no file here: restore.mjs must take the zip from the bucket.
    ({ output: restoreOutput, after } = await restoreWithScript(restored.url, backupName));
  }, 300_000);

  afterAll(async () => {
    await restored?.stop();
    await s3?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('sends the scheduled backups to the bucket', () => {
    expect(scheduled).toMatch(/^@auto_pb_backup_.*\.zip$/);
  });

  it('stores the backup of npm run backup in the bucket and not on the server', () => {
    expect(keysAfterBackup).toContain(backupName);
    expect(localAfterBackup).toEqual([]);
  });

  itRestoresEverything(() => ({ before, after, issuerKey, restoredDataDir: restored.dataDir }));

  it('keeps the pre-restore backup in the bucket too', () => {
    const safety = restoreOutput.match(/pre-restore-\d{8}-\d{6}\.zip/)?.[0];
    expect(s3.keys()).toContain(safety);
    expect(localBackups(restored.dataDir)).toEqual([]);
  });
});
