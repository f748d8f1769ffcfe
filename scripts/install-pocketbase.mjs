// Builds the PocketBase server from pocketbase/ (go.mod + main.go) when it is missing or its
// sources changed. PB_BIN=/path/to/pocketbase skips the build and uses that binary.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtBinary, root } from './lib/pocketbase-binary.mjs';

const moduleDir = join(root, 'pocketbase');
const stampFile = `${builtBinary}.source-hash`;

function fail(message) {
  console.error(`\nertad: ${message}\n`);
  process.exit(1);
}

if (process.env.PB_BIN) {
  const check = spawnSync(process.env.PB_BIN, ['--version'], { encoding: 'utf8' });
  if (check.status !== 0) fail(`PB_BIN=${process.env.PB_BIN} does not run as PocketBase (${check.error?.message ?? check.stderr.trim()}).`);
  console.log(`ertad: using PB_BIN (${check.stdout.trim()})`);
  process.exit(0);
}

const sourceHash = createHash('sha256');
const goFiles = readdirSync(moduleDir).filter((file) => file.endsWith('.go')).sort();
for (const file of ['go.mod', 'go.sum', ...goFiles]) sourceHash.update(readFileSync(join(moduleDir, file)));
const hash = sourceHash.digest('hex');

if (existsSync(builtBinary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
  console.log('ertad: PocketBase binary is up to date');
  process.exit(0);
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
