import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-process.mjs';
import { TEST_SUPERUSER } from './test-superuser.mjs';

/** A real PocketBase on a free port with a temporary data dir; `stop()` removes both. */
export async function startTestServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ertad-pb-'));
  upsertSuperuser(dataDir, TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  const server = await startPocketBase({ dataDir });
  return {
    url: server.url,
    dataDir,
    /** The PocketBase process id, to read its memory use from /proc. */
    pid: server.pid!,
    async stop(signal?: NodeJS.Signals) {
      await server.stop(signal);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
