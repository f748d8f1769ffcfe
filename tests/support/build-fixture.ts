import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the real `astro build` on a fixture folder (courses/ + content/); output goes inside it. */
export function buildFixture(
  fixtureRoot: string,
): Promise<{ status: number | null; output: string; outDir: string; serverDir: string }> {
  const outDir = join(fixtureRoot, 'dist');
  const serverDir = join(fixtureRoot, 'server');
  return new Promise((resolve) => {
    // process.execPath: the Node that runs the tests (22), whatever `node` is on PATH.
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        ERTAD_COURSES_DIR: join(fixtureRoot, 'courses'),
        ERTAD_CONTENT_DIR: join(fixtureRoot, 'content'),
        ERTAD_OUT_DIR: outDir,
        ERTAD_CACHE_DIR: join(fixtureRoot, 'cache'),
        ERTAD_SERVER_OUT: serverDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output, outDir, serverDir }));
  });
}
