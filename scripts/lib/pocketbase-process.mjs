// Starts and stops a PocketBase server for `npm start`, `npm run dev` and the tests.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { bundleHooks } from './bundle-hooks.mjs';
import { pocketbaseBinary } from './pocketbase-binary.mjs';
import { root } from './root.mjs';

/** Flags that point any PocketBase binary (ours or upstream) at this project's folders. */
function projectFlags(dataDir, hooksDir = join(root, 'pocketbase/pb_hooks')) {
  return [`--dir=${dataDir}`, `--hooksDir=${hooksDir}`, `--migrationsDir=${join(root, 'pocketbase/pb_migrations')}`];
}

/** Whether something already listens on host:port (another server would answer our health check). */
function portInUse(host, port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** A TCP port that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Creates or updates a superuser account (this also applies the migrations to a new data dir). */
export function upsertSuperuser(dataDir, email, password) {
  const result = spawnSync(pocketbaseBinary(), ['superuser', 'upsert', email, password, ...projectFlags(dataDir)], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`pocketbase superuser upsert failed: ${result.stderr || result.stdout}`);
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PocketBase exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PocketBase did not answer ${url}/api/health within ${timeoutMs} ms`);
}

/**
 * Serves `publicDir` and the API from a PocketBase on host:port with its data in dataDir,
 * migrations applied; resolves once /api/health answers. `hooksDir` replaces the project's hooks
 * (a test that injects a fault passes a copy with one hook added).
 */
export async function startPocketBase({
  dataDir,
  host = '127.0.0.1',
  port,
  publicDir = join(root, 'dist'),
  stdio = 'ignore',
  watchHooks = false,
  hooksDir = join(root, 'pocketbase/pb_hooks'),
}) {
  if (await portInUse(host, port)) {
    throw new Error(`${host}:${port} is already in use: stop the other server there, or choose another with PORT=…`);
  }
  // Also here, not only in the build: tests start servers on sources changed since the last build.
  await bundleHooks();
  // --hooksPool=80: past the default 15 pooled JS runtimes, each concurrent hook request builds one from
  // scratch and loads the hook bundle again; 80 loaded runtimes take about 150 MB.
  const child = spawn(
    pocketbaseBinary(),
    [
      'serve',
      `--http=${host}:${port}`,
      ...projectFlags(dataDir, hooksDir),
      `--publicDir=${publicDir}`,
      '--indexFallback=false',
      `--hooksWatch=${watchHooks}`,
      '--hooksPool=80',
    ],
    { stdio },
  );
  const url = `http://${host}:${port}`;
  await waitForHealth(url, child, 30_000);
  return {
    url,
    child,
    pid: child.pid,
    /** Stops the server gracefully (SIGTERM), or with `signal`. */
    stop(signal = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      });
    },
  };
}
