// A PocketBase of its own for a benchmark or a kill test: a temporary data dir, a free port and
// one superuser. It can be killed and restarted on the same data, as a crashed server would be.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-process.mjs';
import { exemptLoopbackFromRateLimits } from './loopback-unlimited.mjs';

const SUPERUSER = { email: 'bench@bench.ertad.example', password: 'bench-superuser-password' };

export async function ownPocketBase() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ertad-bench-pb-'));
  upsertSuperuser(dataDir, SUPERUSER.email, SUPERUSER.password);
  let server = await startPocketBase({ dataDir });
  const signIn = new PocketBase(server.url);
  await signIn.collection('_superusers').authWithPassword(SUPERUSER.email, SUPERUSER.password);
  // The token outlives restarts (it is signed with a key kept in the database), so one sign-in serves all.
  const token = signIn.authStore.token;
  await exemptLoopbackFromRateLimits(server.url, token);
  return {
    dataDir,
    token,
    get url() {
      return server.url;
    },
    /** A superuser client for the server as it runs now. */
    admin() {
      const pb = new PocketBase(server.url);
      pb.autoCancellation(false);
      pb.authStore.save(token);
      return pb;
    },
    /** SIGKILL: no shutdown, no flush; what was not on disk is gone. */
    kill: () => server.stop('SIGKILL'),
    async restart() {
      server = await startPocketBase({ dataDir });
    },
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
