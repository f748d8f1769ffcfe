// PocketBase writes the type definitions of its JS API (types.d.ts) into its data dir whenever it
// starts. Hooks and migrations reference them as `../pb_data/types.d.ts`, PocketBase's default
// data dir beside them, while Ertad keeps its data in .data/: this puts a copy where they look.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pocketbaseBinary } from './pocketbase-binary.mjs';
import { root } from './root.mjs';

export const hookTypes = join(root, 'pocketbase/pb_data/types.d.ts');

/** Starts PocketBase once on an empty data dir and keeps the types.d.ts it writes there. */
export function writeHookTypes() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ertad-types-'));
  try {
    // Any command boots the app, and booting writes the types; this one only touches the empty data dir.
    const result = spawnSync(pocketbaseBinary(), ['migrate', 'history-sync', `--dir=${dataDir}`], {
      cwd: dataDir,
      encoding: 'utf8',
    });
    const written = join(dataDir, 'types.d.ts');
    if (result.status !== 0 || !existsSync(written)) {
      throw new Error(`PocketBase did not write its types.d.ts: ${result.stderr || result.stdout}`);
    }
    mkdirSync(dirname(hookTypes), { recursive: true });
    copyFileSync(written, hookTypes);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
