// Builds the static site with `astro build`, skipping the build when no source changed since the last one.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from './root.mjs';

const SOURCES = [
  'src',
  'courses',
  'content',
  'public',
  'astro.config.mjs',
  'scripts/lib/hooks-bundle-integration.mjs',
  'scripts/lib/server-export-integration.mjs',
  'package-lock.json',
  'tsconfig.json',
];
const stampFile = join(root, 'node_modules/.cache/ertad/site-source-hash');

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) return yield path;
  for (const entry of readdirSync(path).sort()) yield* files(join(path, entry));
}

/** A hash over the path and bytes of every source file of the site. */
export function sourceHash() {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of files(join(root, source))) hash.update(relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

export function siteIsCurrent() {
  return (
    existsSync(join(root, 'dist/index.html')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === sourceHash()
  );
}

/** Runs `astro build` unless the site is current (or always, with force). */
export function buildSite({ force = false } = {}) {
  if (!force && siteIsCurrent()) {
    console.log('ertad: the site is up to date (dist/)');
    return;
  }
  const hash = sourceHash();
  console.log('ertad: building the site…');
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('astro build failed (see the messages above)');
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, hash);
}
