// Runs `astro build` on a curriculum folder (courses/ + content/) into folders inside it, timed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../scripts/lib/root.mjs';

export async function buildInto(dir) {
  const outDir = join(dir, 'dist');
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ERTAD_COURSES_DIR: join(dir, 'courses'),
      ERTAD_CONTENT_DIR: join(dir, 'content'),
      ERTAD_OUT_DIR: outDir,
      ERTAD_CACHE_DIR: join(dir, 'cache'),
      ERTAD_SERVER_OUT: join(dir, 'server'),
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`astro build of ${dir} failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`);
  return { seconds, outDir };
}
