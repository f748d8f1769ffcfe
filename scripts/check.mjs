// `npm run check`: type-checks the whole project (TypeScript, and the JS that references types)
// with `tsc --noEmit`, after generating the types it relies on: Astro's content collections
// (`astro sync`) and PocketBase's JS API (pocketbase/pb_data/types.d.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hookTypes, writeHookTypes } from './lib/hook-types.mjs';
import { root } from './lib/root.mjs';

// The tools' scripts run on this Node (22), whatever `node` is first on PATH.
const run = (script, args, stdio = 'inherit') =>
  spawnSync(process.execPath, [join(root, 'node_modules', script), ...args], { cwd: root, stdio }).status;

try {
  if (!existsSync(hookTypes)) writeHookTypes();
} catch (error) {
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
if (run('astro/bin/astro.mjs', ['sync'], 'ignore') !== 0) {
  console.error('ertad: `astro sync` failed; run it on its own to see why');
  process.exit(1);
}
const status = run('typescript/bin/tsc', ['--noEmit']);
if (status !== 0) console.error('ertad: fix the type errors above');
process.exit(status ?? 1);
