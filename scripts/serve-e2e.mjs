// The server Playwright tests run against: the built site and a real PocketBase on E2E_PORT with a
// temporary data dir that is removed when Playwright stops it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPocketBase, upsertSuperuser } from './lib/pocketbase-process.mjs';
import { buildSite } from './lib/site-build.mjs';
import { syncContent } from './sync-content.mjs';
import { TEST_SUPERUSER } from '../tests/support/test-superuser.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'ertad-e2e-'));
try {
  buildSite();
  upsertSuperuser(dataDir, TEST_SUPERUSER.email, TEST_SUPERUSER.password);
  const server = await startPocketBase({ dataDir, port: Number(process.env.E2E_PORT ?? 18090) });
  await syncContent(server.url, TEST_SUPERUSER);
  console.log(`ertad: e2e server on ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
  }
} catch (error) {
  rmSync(dataDir, { recursive: true, force: true });
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
