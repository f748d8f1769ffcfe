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

/** What `pocketbase superuser upsert` prints once it saved the account (cmd/superuser.go). */
const SUPERUSER_SAVED = 'Successfully saved superuser';

/**
 * Creates or updates a superuser account (this also applies the migrations to a new data dir).
 * Call it while no server runs on dataDir: a running server's writes can make the save fail.
 */
export function upsertSuperuser(dataDir, email, password) {
  // After `--`, a password that starts with a dash (random base64url ones do, one in 64) is not read as a flag.
  const args = ['superuser', 'upsert', ...projectFlags(dataDir), '--', email, password];
  const result = spawnSync(pocketbaseBinary(), args, { encoding: 'utf8' });
  // PocketBase exits with 0 even when the command failed (it prints the error and ignores it), so
  // only its success line says the account was saved.
  if (result.status !== 0 || !result.stdout.includes(SUPERUSER_SAVED)) {
    throw new Error(`pocketbase superuser upsert ${email} failed: ${(result.stderr || result.stdout).trim()}`);
  }
}

/** PocketBase prints this once it has bound its port (apis/serve.go), and only then. */
const STARTED = 'Server started at';
/** What a second server on a taken port says before it exits. */
const PORT_TAKEN = /address already in use/;

/**
 * Resolves once `child` printed `text` (a string or a RegExp), which `what` names in the error
 * when it exits first or takes longer than timeoutMs.
 */
function waitForOutput(child, output, text, timeoutMs, what) {
  const printed = () => (typeof text === 'string' ? output.text.includes(text) : text.test(output.text));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`PocketBase ${what} within ${timeoutMs} ms`), timeoutMs);
    const check = () => {
      if (printed()) done();
    };
    const exited = (code) => fail(`PocketBase exited with code ${code} before it was ready`);
    function done() {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.off('exit', exited);
      resolve();
    }
    function fail(message) {
      clearTimeout(timer);
      child.stdout.off('data', check);
      child.off('exit', exited);
      reject(
        Object.assign(new Error(`${message}:\n${output.text.slice(-2000)}`), {
          portTaken: PORT_TAKEN.test(output.text),
        }),
      );
    }
    child.stdout.on('data', check);
    child.once('exit', exited);
    check();
  });
}

/**
 * The last 20,000 characters of the child's output (where the start banner or the reason it stopped
 * is when it arrives, however much a --dev server printed before), echoed when asked.
 */
function collectOutput(child, showOutput) {
  const output = { text: '' };
  for (const [stream, echo] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.text = (output.text + chunk).slice(-20_000);
      if (showOutput) echo.write(chunk);
    });
  }
  return output;
}

async function spawnServer({ dataDir, host, port, publicDir, showOutput, watchHooks, hooksDir }) {
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
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collectOutput(child, showOutput);
  // Waiting for its own banner rather than for /api/health: another server holding the port for
  // this child's, as tests starting servers at once do, would answer health too.
  await waitForOutput(child, output, STARTED, 30_000, 'did not start');
  const url = `http://${host}:${port}`;
  return {
    url,
    child,
    pid: child.pid,
    /** Resolves once the server has printed `text` (for example PocketBase's installer link, which it prints after starting). */
    waitForOutput: (text, timeoutMs = 10_000) => waitForOutput(child, output, text, timeoutMs, `printed no ${text}`),
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

/**
 * Serves `publicDir` and the API from a PocketBase on host:port (a free port when `port` is not
 * given) with its data in dataDir, migrations applied; resolves once it listens. `hooksDir`
 * replaces the project's hooks (a test that injects a fault passes a copy with one hook added);
 * `showOutput` echoes the server's log.
 * @param {{ dataDir: string, host?: string, port?: number, publicDir?: string, showOutput?: boolean,
 *   watchHooks?: boolean, hooksDir?: string }} options
 */
export async function startPocketBase({
  dataDir,
  host = '127.0.0.1',
  port,
  publicDir = join(root, 'dist'),
  showOutput = false,
  watchHooks = false,
  hooksDir = join(root, 'pocketbase/pb_hooks'),
}) {
  if (port !== undefined && (await portInUse(host, port))) {
    throw new Error(`${host}:${port} is already in use: stop the other server there, or choose another with PORT=…`);
  }
  // Also here, not only in the build: tests start servers on sources changed since the last build.
  await bundleHooks();
  const options = { dataDir, host, publicDir, showOutput, watchHooks, hooksDir };
  // Another server may take a free port between its choice and our bind: then choose again.
  for (let tries = 1; ; tries += 1) {
    try {
      return await spawnServer({ ...options, port: port ?? (await freePort()) });
    } catch (error) {
      if (port !== undefined || !error.portTaken || tries === 5) throw error;
    }
  }
}
