// `npm run backup [-- --out DIR]`: asks PocketBase for a backup of its whole data folder (database,
// uploaded files, the certificates' issuer key in issuer/) and downloads the zip to DIR (default
// backups/), so that a copy lives off the server. The server keeps its own copy in <data>/backups/.
import { createWriteStream, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { backupName, operatorArgs, superuserSession } from './lib/operator-client.mjs';

const args = operatorArgs('npm run backup -- [--out DIR] --url URL --email SUPERUSER --password PASSWORD', {
  out: { type: 'string' },
});

try {
  const pb = await superuserSession(args);
  const name = backupName('ertad');
  // PocketBase writes the zip inside a read transaction: the copy is consistent while people keep working.
  await pb.backups.create(name);
  const outDir = resolve(args.values.out ?? 'backups');
  mkdirSync(outDir, { recursive: true });
  const response = await fetch(pb.backups.getDownloadURL(await pb.files.getToken(), name));
  if (!response.ok || !response.body) throw new Error(`downloading ${name} failed with HTTP ${response.status}`);
  const file = resolve(outDir, name);
  await pipeline(Readable.fromWeb(response.body), createWriteStream(file, { mode: 0o600 }));
  console.log(`backup: ${file} (also kept on the server as ${name})`);
} catch (error) {
  console.error(`backup: ${error.message}`);
  process.exit(1);
}
