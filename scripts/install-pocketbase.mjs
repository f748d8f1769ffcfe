// Builds the PocketBase server from pocketbase/ (go.mod + main.go) when it is missing or its
// sources changed (PB_BIN=/path/to/pocketbase skips the build and uses that binary), then puts
// PocketBase's types.d.ts where the hooks and migrations reference it.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeHookTypes } from './lib/hook-types.mjs';
import { builtBinary } from './lib/pocketbase-binary.mjs';
import { root } from './lib/root.mjs';

const moduleDir = join(root, 'pocketbase');
const stampFile = `${builtBinary}.source-hash`;

function fail(message) {
  console.error(`\nertad: ${message}\n`);
  process.exit(1);
}

function done() {
  writeHookTypes();
  process.exit(0);
}

if (process.env.PB_BIN) {
  const check = spawnSync(process.env.PB_BIN, ['--version'], { encoding: 'utf8' });
  if (check.status !== 0)
    fail(`PB_BIN=${process.env.PB_BIN} does not run as PocketBase (${check.error?.message ?? check.stderr.trim()}).`);
  console.log(`ertad: using PB_BIN (${check.stdout.trim()})`);
  done();
}

/** Every file the Go build reads: go.mod, go.sum, Go sources and embedded files of every package. */
function goSources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['bin', 'pb_hooks', 'pb_migrations', 'pb_data'].includes(entry.name) ? [] : goSources(path);
    return /\.(go|mod|sum|json|jsonld)$/.test(entry.name) ? [path] : [];
  });
}

const sourceHash = createHash('sha256');
for (const file of goSources(moduleDir).sort()) {
  sourceHash.update(relative(moduleDir, file));
  sourceHash.update(readFileSync(file));
}
const hash = sourceHash.digest('hex');

if (existsSync(builtBinary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
  console.log('ertad: PocketBase binary is up to date');
  done();
}

if (spawnSync('go', ['version']).error) {
  fail(
    'Go is needed to build the PocketBase server, and it was not found.\n' +
      '  Either install Go 1.25 or newer (https://go.dev/dl/) and run `npm install` again,\n' +
      '  or download PocketBase v0.39.x for your system and run `PB_BIN=/path/to/pocketbase npm install`\n' +
      '  (and keep PB_BIN set for `npm start` and `npm test`).',
  );
}

console.log('ertad: building PocketBase from pocketbase/go.mod (first time takes about a minute)…');
mkdirSync(join(moduleDir, 'bin'), { recursive: true });
try {
  execFileSync('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', builtBinary, '.'], {
    cwd: moduleDir,
    stdio: 'inherit',
    env: { ...process.env, CGO_ENABLED: '0' },
  });
} catch {
  fail('`go build` of pocketbase/ failed (see above). Fix the error, or set PB_BIN to a downloaded PocketBase binary.');
}
writeFileSync(stampFile, hash);
console.log(`ertad: built ${builtBinary}`);
done();
