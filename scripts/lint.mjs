// `npm run lint`, the first step of `npm test`: fails on files Prettier would change
// (`npm run format` fixes them) and on type errors (`npm run check`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/root.mjs';

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status;

const formatted = run(process.execPath, [
  join(root, 'node_modules/prettier/bin/prettier.cjs'),
  '--check',
  '.',
  '--log-level=warn',
]);
if (formatted !== 0) console.error('ertad: the files above are not formatted; `npm run format` formats them');
const typed = run(process.execPath, [join(root, 'scripts/check.mjs')]);
process.exit(formatted === 0 && typed === 0 ? 0 : 1);
