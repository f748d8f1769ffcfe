import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  everything,
  itRestoresEverything,
  operatorEnv,
  restoreWithScript,
  startDemoServer,
} from '../support/backup-round-trip';
import { startTestServer } from '../support/pocketbase-server';
import { runScript } from '../support/script-run';

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
    const { server: original, pb, issuerKey: key } = await startDemoServer();
    // The key the server made on its first start: a restored server must sign with it, not a new one.
    issuerKey = key;
    before = await everything(pb);

    const backup = runScript('backup.mjs', operatorEnv(original.url), ['--out', outDir]);
    expect(await backup.exited, backup.output()).toBe(0);
    backupFile = join(outDir, readdirSync(outDir)[0]);
    await original.stop(); // and its data folder is deleted: the machine is gone

    restored = await startTestServer();
    ({ output: restoreOutput, after } = await restoreWithScript(restored.url, backupFile));
  }, 300_000);

  afterAll(async () => {
    await restored?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('wrote a zip named by its date outside the server', () => {
    expect(backupFile).toMatch(/ertad-\d{8}-\d{6}\.zip$/);
  });

  itRestoresEverything(() => ({ before, after, issuerKey, restoredDataDir: restored.dataDir }));

  it('kept what the new server held before as a pre-restore backup', () => {
    expect(restoreOutput).toMatch(/kept on the server as pre-restore-\d{8}-\d{6}\.zip/);
    expect(readdirSync(join(restored.dataDir, 'backups')).some((name) => name.startsWith('pre-restore-'))).toBe(true);
  });
});
